package io.github.hrindicators.core.records;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Gender;
import io.github.hrindicators.core.Properties;
import io.github.hrindicators.core.ProviderType;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Setting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The merge property of every accumulator: records split at random into parts, each part accumulated apart and the
 * parts merged in a random order, give exactly (equals) the result of accumulating the whole. One test per
 * accumulator, each looping over 60 seeded cases (record set and split both drawn from the seed).
 */
class RecordMergeTest {
    static final Area[] AREAS = {Area.of("Bishkek"), Area.of("Osh"), Area.of("Chuy")};
    static final LocalDate FIRST = LocalDate.of(2015, 10, 1);

    static RecordContext context(Random rnd, int clients) {
        List<Client> table = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            if (rnd.nextInt(4) > 0) {
                table.add(Client.of(uic(i), Gender.values()[rnd.nextInt(Gender.values().length)])
                        .withBirthYear(1960 + rnd.nextInt(45)));
            }
        }
        List<Site> sites = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            sites.add(new Site("S" + s, "Site " + s, AREAS[s % AREAS.length], ProviderType.values()[s % 3],
                    Setting.values()[s % 3]));
        }
        return RecordContext.of(table, sites); // site S4 of the records is missing from the table
    }

    static Uic uic(int i) {
        return Uic.of("K" + i);
    }

    static <T, A> void property(long seed, List<T> rows, Supplier<A> fresh, BiConsumer<A, T> add,
            java.util.function.BinaryOperator<A> merge, Function<A, Object> result) {
        Random rnd = new Random(seed ^ 0x5DEECE66DL);
        A whole = fresh.get();
        rows.forEach(r -> add.accept(whole, r));
        int k = 1 + rnd.nextInt(6);
        List<A> parts = new ArrayList<>();
        IntStream.range(0, k).forEach(i -> parts.add(fresh.get()));
        for (T r : rows) {
            add.accept(parts.get(rnd.nextInt(k)), r);
        }
        Collections.shuffle(parts, rnd);
        // merge as a tree: pairs, then pairs of pairs, so both orders and groupings vary with the seed
        while (parts.size() > 1) {
            A a = parts.remove(rnd.nextInt(parts.size()));
            A b = parts.remove(rnd.nextInt(parts.size()));
            parts.add(merge.apply(a, b));
        }
        assertThat(result.apply(parts.get(0))).isEqualTo(result.apply(whole));
    }

    static LocalDate day(Random rnd, int span) {
        return FIRST.plusDays(rnd.nextInt(span));
    }

    @Test
    void nspPartsMergedGiveTheWhole() {
        Properties.forAll(IntStream.range(0, 60).boxed(), args -> {
            long seed = (Integer) args[0];
            Random rnd = new Random(seed);
            RecordContext ctx = context(rnd, 40);
            List<NspContact> rows = new ArrayList<>();
            for (int i = 0, n = rnd.nextInt(400); i < n; i++) {
                int s = rnd.nextInt(5);
                rows.add(NspContact.of(uic(rnd.nextInt(40)), day(rnd, 500), "S" + s, AREAS[s % AREAS.length],
                        ProviderType.values()[rnd.nextInt(3)], rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(60)));
            }
            ReferencePeriod period = ReferencePeriod.ofYear(2016);
            property(seed, rows, () -> NspAccumulator.of(period, ctx), NspAccumulator::add, NspAccumulator::merge,
                    NspAccumulator::result);
        });
    }

    @Test
    void oamtPartsMergedGiveTheWhole() {
        Properties.forAll(IntStream.range(0, 60).boxed(), args -> {
            long seed = (Integer) args[0];
            Random rnd = new Random(seed);
            RecordContext ctx = context(rnd, 30);
            List<OamtEpisode> rows = new ArrayList<>();
            for (int i = 0, n = rnd.nextInt(120); i < n; i++) {
                int s = rnd.nextInt(5);
                LocalDate start = FIRST.minusDays(400).plusDays(rnd.nextInt(900));
                Optional<LocalDate> end = rnd.nextBoolean() ? Optional.empty()
                        : Optional.of(start.plusDays(rnd.nextInt(400)));
                rows.add(new OamtEpisode(uic(rnd.nextInt(30)), "S" + s, AREAS[s % AREAS.length],
                        Drug.values()[rnd.nextInt(3)], start, end, Optional.empty()));
            }
            OamtSettings settings = OamtSettings.forYear(2016);
            property(seed, rows, () -> OamtAccumulator.of(settings, ctx), OamtAccumulator::add,
                    OamtAccumulator::merge, OamtAccumulator::result);
        });
    }

    @Test
    void dosePartsMergedGiveTheWhole() {
        Properties.forAll(IntStream.range(0, 60).boxed(), args -> {
            long seed = (Integer) args[0];
            Random rnd = new Random(seed);
            RecordContext ctx = context(rnd, 30);
            List<DoseRecord> rows = new ArrayList<>();
            for (int i = 0, n = rnd.nextInt(300); i < n; i++) {
                // few days and few doses, so that ties on a client's latest day are frequent
                rows.add(new DoseRecord(uic(rnd.nextInt(30)), LocalDate.of(2016, 12, 25 + rnd.nextInt(7)),
                        "S" + rnd.nextInt(5), Drug.values()[rnd.nextInt(3)], 10 * rnd.nextInt(12),
                        DosePhase.values()[rnd.nextInt(3)]));
            }
            ReferencePeriod period = ReferencePeriod.ofYear(2016);
            property(seed, rows, () -> DoseAccumulator.of(period, ctx), DoseAccumulator::add,
                    DoseAccumulator::merge, DoseAccumulator::result);
        });
    }

    @Test
    @Tag("property")
    void dispensingPartsMergedGiveTheWhole() {
        Properties.forAll(IntStream.range(0, 60).boxed(), args -> {
            long seed = (Integer) args[0];
            Random rnd = new Random(seed);
            RecordContext ctx = context(rnd, 30);
            int maxGap = 1 + rnd.nextInt(40);
            List<DoseRecord> rows = new ArrayList<>();
            for (int i = 0, n = rnd.nextInt(600); i < n; i++) {
                // 2014-11 to 2017-01, some before and after the window; few sites and drugs, so that two doses of a
                // client on one day at different sites or of different drugs are frequent
                rows.add(new DoseRecord(uic(rnd.nextInt(30)), LocalDate.of(2014, 11, 1).plusDays(rnd.nextInt(820)),
                        "S" + rnd.nextInt(5), Drug.values()[rnd.nextInt(3)], 10 * rnd.nextInt(12),
                        DosePhase.values()[rnd.nextInt(3)]));
            }
            OamtSettings settings = OamtSettings.forYear(2016);
            property(seed, rows, () -> DispensingAccumulator.of(settings, ctx, maxGap), DispensingAccumulator::add,
                    DispensingAccumulator::merge, a -> List.of(a.result(), a.rows(), a.rowsOutsideWindow(),
                            a.sitesNotInTable()));
        });
    }
}
