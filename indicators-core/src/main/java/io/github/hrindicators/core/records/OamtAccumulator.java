package io.github.hrindicators.core.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Accumulates OAMT episodes, one at a time, for WHO PRV.11, PRV.12 and PRV.13 ({@link OamtResult}).
 *
 * <p>It keeps, for each distinct client, their episodes (start, end, place, drug): memory grows with distinct
 * clients and their few episodes, never with other rows. Episodes merge: the episodes split into parts in any way,
 * each part added to an accumulator of its own and the accumulators merged, give exactly the result of adding every
 * episode to one. An accumulator does no I/O and is not thread-safe: give each thread its own and merge them.
 */
public final class OamtAccumulator {
    /** The end of an episode still under way, in epoch days. */
    static final long OPEN = Long.MAX_VALUE;

    private final OamtSettings settings;
    private final RecordContext context;
    private final Map<Uic, List<Episode>> clients = new HashMap<>();
    private long rows;

    private record Episode(long start, long end, Place place, Drug drug) {
    }

    private OamtAccumulator(OamtSettings settings, RecordContext context) {
        this.settings = settings;
        this.context = context;
    }

    /**
     * An empty accumulator.
     *
     * @param settings the dates to compute for
     * @param context the client and site tables
     * @return the accumulator
     * @throws NullPointerException if an argument is null
     */
    public static OamtAccumulator of(OamtSettings settings, RecordContext context) {
        return new OamtAccumulator(Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(context, "context"));
    }

    /**
     * An empty accumulator of the same settings and context: for a part of the episodes read on another thread, to be
     * merged into this one.
     *
     * @return the accumulator
     */
    public OamtAccumulator newPart() {
        return new OamtAccumulator(settings, context);
    }

    /**
     * Adds an episode.
     *
     * @param episode the episode
     * @throws NullPointerException if {@code episode} is null
     */
    public void add(OamtEpisode episode) {
        Place p = context.place(episode.site(), Optional.of(episode.area()), Optional.empty());
        add(episode.uic(), episode.start().toEpochDay(), episode.end().map(LocalDate::toEpochDay).orElse(OPEN), p,
                episode.drug());
    }

    /** Adds an episode from {@code start} to {@code end} (epoch days, {@link #OPEN} while under way) at a place. */
    void add(Uic uic, long start, long end, Place place, Drug drug) {
        rows++;
        clients.computeIfAbsent(uic, u -> new ArrayList<>(2)).add(new Episode(start, end, place, drug));
    }

    /**
     * Adds the episodes of another accumulator of the same settings and context to this one.
     *
     * @param other the other accumulator, left as it is
     * @return this accumulator
     * @throws IllegalArgumentException if the settings or the context differ
     * @throws NullPointerException if {@code other} is null
     */
    public OamtAccumulator merge(OamtAccumulator other) {
        RecordChecks.mergeable(settings, Objects.requireNonNull(other, "other").settings, context, other.context,
                "settings");
        rows += other.rows;
        other.clients.forEach((uic, eps) -> clients.computeIfAbsent(uic, u -> new ArrayList<>(eps.size()))
                .addAll(eps));
        return this;
    }

    /**
     * The episodes added.
     *
     * @return the count
     */
    public long rows() {
        return rows;
    }

    /**
     * The indicators of the episodes added so far.
     *
     * @return the result
     */
    public OamtResult result() {
        long census = settings.census().toEpochDay();
        Breakdown.Builder onCensus = Breakdown.Builder.distinctClients(context, settings.census());
        EnumMap<Drug, Long> byDrug = new EnumMap<>(Drug.class);
        LocalDate ageDate = settings.period().end();
        Map<String, Retention> retention = new HashMap<>();
        Map<String, Breakdown.Builder[]> builders = new HashMap<>();
        Map<String, long[]> notYetDue = new HashMap<>();
        for (int months : OamtResult.FOLLOW_UP_MONTHS) {
            for (RetentionRule rule : RetentionRule.values()) {
                builders.put(OamtResult.key(months, rule), new Breakdown.Builder[] {
                    Breakdown.Builder.distinctClients(context, ageDate),
                    Breakdown.Builder.distinctClients(context, ageDate)});
                notYetDue.put(OamtResult.key(months, rule), new long[1]);
            }
        }
        double personYears = 0;
        Breakdown.Builder days = Breakdown.Builder.sums(context, ageDate);
        long periodStart = settings.period().start().toEpochDay();
        long periodEnd = settings.period().end().toEpochDay();
        long recruitFrom = settings.recruitmentStart().toEpochDay();
        long recruitTo = settings.recruitmentEnd().toEpochDay();
        long followUpEnd = settings.followUpEnd().toEpochDay();
        List<Map.Entry<Uic, List<Episode>>> sorted = new ArrayList<>(clients.entrySet());
        sorted.sort(Map.Entry.comparingByKey());
        for (Map.Entry<Uic, List<Episode>> e : sorted) {
            Uic uic = e.getKey();
            List<Episode> eps = new ArrayList<>(e.getValue());
            eps.sort(Comparator.comparingLong(Episode::start).thenComparingLong(Episode::end)
                    .thenComparing(Episode::place, Place.ORDER));
            List<Place> censusPlaces = new ArrayList<>();
            Drug censusDrug = null;
            for (Episode ep : eps) {
                if (ep.start <= census && census <= ep.end) {
                    censusPlaces.add(ep.place);
                    if (censusDrug == null || ep.drug.compareTo(censusDrug) < 0) {
                        censusDrug = ep.drug;
                    }
                }
            }
            if (!censusPlaces.isEmpty()) {
                onCensus.addClient(uic, censusPlaces);
                byDrug.merge(censusDrug, 1L, Long::sum);
            }
            days.addAmounts(uic, daysByPlace(eps, periodStart, periodEnd));
            long[][] spells = spells(eps);
            for (long[] s : spells) {
                personYears += personYears(s[0], s[1], settings.period().start(), settings.period().end());
            }
            int first = -1;
            for (int i = 0; i < spells.length && first < 0; i++) {
                if (spells[i][0] >= recruitFrom && spells[i][0] <= recruitTo) {
                    first = i;
                }
            }
            if (first < 0) {
                continue;
            }
            long start = spells[first][0];
            List<Place> startPlaces = eps.stream().filter(ep -> ep.start == start).map(Episode::place).toList();
            for (int months : OamtResult.FOLLOW_UP_MONTHS) {
                long due = LocalDate.ofEpochDay(start).plusMonths(months).toEpochDay();
                for (RetentionRule rule : RetentionRule.values()) {
                    String k = OamtResult.key(months, rule);
                    if (due > followUpEnd) {
                        notYetDue.get(k)[0]++;
                        continue;
                    }
                    builders.get(k)[0].addClient(uic, startPlaces);
                    if (rule.retained(spells, first, due)) {
                        builders.get(k)[1].addClient(uic, startPlaces);
                    }
                }
            }
        }
        builders.forEach((k, b) -> {
            int months = Integer.parseInt(k.substring(0, k.indexOf(' ')));
            RetentionRule rule = RetentionRule.valueOf(k.substring(k.indexOf(' ') + 1));
            retention.put(k, new Retention(months, rule, b[0].build(), b[1].build(), notYetDue.get(k)[0]));
        });
        return new OamtResult(settings, rows, onCensus.build(), byDrug, personYears, days.build(), retention);
    }

    /**
     * A client's days on treatment from {@code from} to {@code to}, each day once, at the place of the first of the
     * sorted episodes that covers it.
     */
    private static Map<Place, Long> daysByPlace(List<Episode> sortedEpisodes, long from, long to) {
        Map<Place, Long> out = new HashMap<>();
        long counted = from - 1; // the days up to here are counted
        for (Episode ep : sortedEpisodes) {
            long a = Math.max(ep.start, counted + 1);
            long b = Math.min(ep.end, to);
            if (a <= b) {
                out.merge(ep.place, b - a + 1, Long::sum);
                counted = b;
            }
        }
        return out;
    }

    /** The client's spells of treatment: episodes that overlap or follow without a day off, joined; ordered. */
    private static long[][] spells(List<Episode> sortedEpisodes) {
        List<long[]> out = new ArrayList<>();
        for (Episode ep : sortedEpisodes) {
            long[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && (last[1] == OPEN || ep.start <= last[1] + 1)) {
                last[1] = Math.max(last[1], ep.end);
            } else {
                out.add(new long[] {ep.start, ep.end});
            }
        }
        return out.toArray(new long[0][]);
    }

    /**
     * Person-years of a spell within the period: each calendar year's days on treatment over that year's length
     * (a client on treatment all of 2016 has 366 / 366 = 1 person-year).
     */
    private static double personYears(long from, long to, LocalDate periodStart, LocalDate periodEnd) {
        long a = Math.max(from, periodStart.toEpochDay());
        long b = Math.min(to, periodEnd.toEpochDay());
        double sum = 0;
        while (a <= b) {
            LocalDate d = LocalDate.ofEpochDay(a);
            long yearEnd = LocalDate.of(d.getYear(), 12, 31).toEpochDay();
            long last = Math.min(b, yearEnd);
            sum += (double) (last - a + 1) / d.lengthOfYear();
            a = last + 1;
        }
        return sum;
    }
}
