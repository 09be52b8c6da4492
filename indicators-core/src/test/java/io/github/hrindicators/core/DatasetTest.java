package io.github.hrindicators.core;

import static io.github.hrindicators.core.ValueSemantics.assertValueSemantics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DatasetTest {
    private static final Area KG = Area.of("Kyrgyzstan");
    private static final Area BISHKEK = Area.of("Бишкек");
    private static final Area OSH = Area.of("Osh");
    private static final Source RAC = Source.of("Republican AIDS Centre 2017");
    private static final Source UNAIDS = Source.of("UNAIDS 2011");
    private static final Source IBBS = Source.of("IBBS 2010");
    private static final Subgroup PRISON = Subgroup.of(Setting.PRISON);
    private static final Subgroup COMMUNITY_MALE = Subgroup.of(Setting.COMMUNITY).withGender(Gender.MALE);
    private static final Subgroup FEMALE = Subgroup.TOTAL.withGender(Gender.FEMALE);

    private static Observation ost(int year, Area area, long clients) {
        return Observation.of(Measure.OST_CLIENTS, Count.of(clients), ReferencePeriod.ofYear(year), area, RAC);
    }

    private static Observation pwid(int year, Source source, double size) {
        return Observation.of(Measure.PWID_POPULATION_SIZE, Estimate.of(size), ReferencePeriod.ofYear(year), KG, source);
    }

    // figures to order; the expected order is spelled out in ofOrdersByPeriodMeasureAreaSubgroupAndSource
    private static final Observation PWID_2010_IBBS = pwid(2010, IBBS, 25000);
    private static final Observation PWID_2010_UNAIDS = pwid(2010, UNAIDS, 26000);
    private static final Observation PWID_2010_IBBS_PRISON = pwid(2010, IBBS, 3000).withSubgroup(PRISON);
    private static final Observation OST_KG_ON_2016_01_01 = Observation.of(Measure.OST_CLIENTS, Count.of(900),
            ReferencePeriod.parse("2016-01-01"), KG, RAC);
    private static final Observation HIV_2016_OSH = Observation.of(Measure.REGISTERED_HIV_ALIVE, Count.of(700),
            ReferencePeriod.ofYear(2016), OSH, RAC);
    private static final Observation OST_2016_KG = ost(2016, KG, 1200);
    private static final Observation OST_2016_OSH = ost(2016, OSH, 400);
    private static final Observation OST_2016_BISHKEK = ost(2016, BISHKEK, 500);
    private static final Observation OST_2016_KG_MALE = ost(2016, KG, 1000).withSubgroup(COMMUNITY_MALE);
    private static final Observation OST_2016_KG_FEMALE = ost(2016, KG, 150).withSubgroup(FEMALE);
    private static final Observation OST_2016_KG_PRISON = ost(2016, KG, 50).withSubgroup(PRISON);
    private static final Observation OST_2017_KG = ost(2017, KG, 1300);

    private static final List<Observation> ORDERED = List.of(PWID_2010_IBBS, PWID_2010_UNAIDS,
            PWID_2010_IBBS_PRISON, OST_KG_ON_2016_01_01, HIV_2016_OSH, OST_2016_KG, OST_2016_OSH, OST_2016_BISHKEK,
            OST_2016_KG_MALE, OST_2016_KG_FEMALE, OST_2016_KG_PRISON, OST_2017_KG);

    private static List<Observation> shuffled(long seed) {
        List<Observation> list = new ArrayList<>(ORDERED);
        Collections.shuffle(list, new Random(seed));
        return list;
    }

    @Test
    void ofOrdersByPeriodMeasureAreaSubgroupAndSource() {
        List<Observation> observations = Dataset.of(shuffled(1)).observations();
        assertThat(observations).containsExactly(
                // 2010; the total comes before any subgroup; then source "IBBS" < "UNAIDS"
                PWID_2010_IBBS, PWID_2010_UNAIDS, PWID_2010_IBBS_PRISON,
                // the day 2016-01-01 starts with the year 2016 and ends first
                OST_KG_ON_2016_01_01,
                // year 2016: registered_hiv_alive is declared before ost_clients
                HIV_2016_OSH,
                // "Kyrgyzstan" < "Osh" < "Бишкек" (Latin before Cyrillic in UTF-16);
                // within Kyrgyzstan the total, then by setting (none before community before prison), then gender
                OST_2016_KG, OST_2016_KG_FEMALE, OST_2016_KG_MALE, OST_2016_KG_PRISON, OST_2016_OSH,
                OST_2016_BISHKEK,
                OST_2017_KG);
    }

    @Test
    void orderDoesNotDependOnInputOrder() {
        Dataset first = Dataset.of(shuffled(1));
        for (long seed = 2; seed < 20; seed++) {
            Dataset other = Dataset.of(shuffled(seed));
            assertThat(other.observations()).containsExactlyElementsOf(first.observations());
            assertThat(other).isEqualTo(first).hasSameHashCodeAs(first);
        }
    }

    @Test
    void tiesOnAllSortKeysDoNotDependOnInputOrder() {
        // same measure, period, area, subgroup and source; different values or notes
        Observation a = pwid(2010, IBBS, 25000);
        Observation b = pwid(2010, IBBS, 27000);
        Observation c = pwid(2010, IBBS, 25000).withNote("capture-recapture");
        assertThat(Dataset.of(a, b, c)).isEqualTo(Dataset.of(c, b, a)).isEqualTo(Dataset.of(b, c, a));
        assertThat(Dataset.of(c, b, a).observations()).containsExactly(a, c, b);
    }

    @Test
    void rangesAndNotesBreakTiesOfEqualPoints() {
        // same point 25000 from one source: the text "25000 (20000-30000 ...)" sorts after the plain "25000", and
        // a note after no note, whatever the input order
        Observation plain = pwid(2010, IBBS, 25000);
        Observation ranged = Observation.of(Measure.PWID_POPULATION_SIZE,
                Estimate.of(25000, 20000, 30000, IntervalMethod.PUBLISHED_MIN_MAX), ReferencePeriod.ofYear(2010), KG, IBBS);
        Observation noted = plain.withNote("a");
        assertThat(Dataset.of(ranged, noted, plain).observations()).containsExactly(plain, noted, ranged);
        assertThat(Dataset.of(noted, plain, ranged).observations()).containsExactly(plain, noted, ranged);
    }

    @Test
    void sourceComesBeforeValueAndValuesCompareAsNumbers() {
        // source "IBBS" < "UNAIDS" although the IBBS value is larger; 9000 < 25000 although "25000" < "9000" as text
        Observation ibbsLarge = pwid(2010, IBBS, 30000);
        Observation unaidsSmall = pwid(2010, UNAIDS, 20000);
        assertThat(Dataset.of(unaidsSmall, ibbsLarge).observations()).containsExactly(ibbsLarge, unaidsSmall);
        Observation small = pwid(2010, IBBS, 9000);
        Observation large = pwid(2010, IBBS, 25000);
        assertThat(Dataset.of(large, small).observations()).containsExactly(small, large);
    }

    @Test
    void alternativesAreKept() {
        Dataset d = Dataset.of(PWID_2010_UNAIDS, PWID_2010_IBBS, PWID_2010_IBBS);
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.find(Measure.PWID_POPULATION_SIZE, KG, Subgroup.TOTAL))
                .containsExactly(PWID_2010_IBBS, PWID_2010_IBBS, PWID_2010_UNAIDS);
    }

    @Test
    void findByMeasureAreaAndSubgroupInPeriodOrder() {
        Dataset d = Dataset.of(shuffled(3));
        assertThat(d.find(Measure.OST_CLIENTS, KG, Subgroup.TOTAL))
                .containsExactly(OST_KG_ON_2016_01_01, OST_2016_KG, OST_2017_KG);
        assertThat(d.find(Measure.OST_CLIENTS, KG, PRISON)).containsExactly(OST_2016_KG_PRISON);
        assertThat(d.find(Measure.OST_CLIENTS, BISHKEK, Subgroup.TOTAL)).containsExactly(OST_2016_BISHKEK);
        assertThat(d.find(Measure.PWID_POPULATION_SIZE, KG, PRISON)).containsExactly(PWID_2010_IBBS_PRISON);
        assertThat(d.find(Measure.NSP_CLIENTS, KG, Subgroup.TOTAL)).isEmpty();
        assertThat(d.find(Measure.OST_CLIENTS, Area.of("Naryn"), Subgroup.TOTAL)).isEmpty();
        assertThat(d.find(Measure.OST_CLIENTS, OSH, PRISON)).isEmpty();
    }

    @Test
    void subgroupsOfAnAreaTotalFirst() {
        Dataset d = Dataset.of(shuffled(4));
        // TOTAL first, then by setting (none first), then gender
        assertThat(d.subgroups(KG)).containsExactly(Subgroup.TOTAL, FEMALE, COMMUNITY_MALE, PRISON);
        assertThat(d.subgroups(OSH)).containsExactly(Subgroup.TOTAL);
        assertThat(d.subgroups(Area.of("Naryn"))).isEmpty();
        Dataset noTotal = Dataset.of(OST_2016_KG_PRISON, OST_2016_KG_FEMALE);
        assertThat(noTotal.subgroups(KG)).containsExactly(FEMALE, PRISON);
    }

    @Test
    void areasSortedAndDistinct() {
        assertThat(Dataset.of(shuffled(5)).areas()).containsExactly(KG, OSH, BISHKEK);
        assertThat(Dataset.of().areas()).isEmpty();
    }

    @Test
    void emptyDataset() {
        Dataset d = Dataset.of();
        assertThat(d.size()).isZero();
        assertThat(d.observations()).isEmpty();
        assertThat(d).isEqualTo(Dataset.of(List.of())).hasToString("Dataset of 0 figures");
    }

    @Test
    void immutable() {
        List<Observation> input = new ArrayList<>(ORDERED);
        Dataset d = Dataset.of(input);
        input.clear();
        assertThat(d.size()).isEqualTo(12);
        assertThatThrownBy(() -> d.observations().add(OST_2017_KG))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.observations().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.find(Measure.OST_CLIENTS, KG, Subgroup.TOTAL).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.areas().add(Area.of("Naryn"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.subgroups(KG).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(d.size()).isEqualTo(12);
        Observation[] array = {OST_2016_KG, OST_2017_KG};
        Dataset fromArray = Dataset.of(array);
        array[0] = HIV_2016_OSH;
        assertThat(fromArray.observations()).containsExactly(OST_2016_KG, OST_2017_KG);
    }

    @Test
    void nullsRejected() {
        assertThatNullPointerException().isThrownBy(() -> Dataset.of((Collection<Observation>) null))
                .withMessage("observations");
        assertThatNullPointerException().isThrownBy(() -> Dataset.of((Observation[]) null))
                .withMessage("observations");
        assertThatNullPointerException().isThrownBy(() -> Dataset.of(OST_2016_KG, null));
        assertThatNullPointerException().isThrownBy(() -> Dataset.of(Arrays.asList(OST_2016_KG, null)));
        Dataset d = Dataset.of(OST_2016_KG);
        assertThatNullPointerException().isThrownBy(() -> d.find(null, KG, Subgroup.TOTAL)).withMessage("measure");
        assertThatNullPointerException().isThrownBy(() -> d.find(Measure.OST_CLIENTS, null, Subgroup.TOTAL))
                .withMessage("area");
        assertThatNullPointerException().isThrownBy(() -> d.find(Measure.OST_CLIENTS, KG, null))
                .withMessage("subgroup");
        assertThatNullPointerException().isThrownBy(() -> d.subgroups(null)).withMessage("area");
    }

    @Test
    void valueSemantics() {
        assertValueSemantics(Dataset.of(OST_2016_KG, OST_2017_KG), Dataset.of(List.of(OST_2017_KG, OST_2016_KG)),
                Dataset.of(OST_2016_KG), Dataset.of(OST_2016_KG, OST_2017_KG, OST_2017_KG),
                Dataset.of(OST_2016_KG, ost(2017, KG, 1301)), Dataset.of());
        assertThat(Dataset.of(ORDERED)).hasToString("Dataset of 12 figures");
    }
}
