package io.github.hrindicators.core.records;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Builds OAMT episodes from a dispensing log — one {@link DoseRecord} for each dose given — and computes WHO PRV.11,
 * PRV.12 and PRV.13 from them ({@link OamtResult}), for programmes that keep no episode file.
 *
 * <p><b>Episodes.</b> A client's days with a dose are cut into episodes wherever more than {@code maxGapDays}
 * consecutive days pass without a dose: doses on days {@code d < e} with no dose between them belong to one episode
 * when {@code e − d − 1 <= maxGapDays} (a gap of exactly {@code maxGapDays} days keeps the episode, one day more cuts
 * it). An episode starts on its first dose day. It has ended, on its last dose day {@code L}, when more than
 * {@code maxGapDays} days pass from {@code L} to the last day the records are complete to
 * ({@link OamtSettings#followUpEnd()} {@code − L > maxGapDays}); otherwise it is still under way, since a dose may yet
 * close the gap. WHO gives no threshold for the
 * gap (the 2022 guidelines define PRV.11–PRV.13 on people on treatment, not on doses): programmes set their own, so
 * the library has no default and {@code maxGapDays} is a required argument.
 *
 * <p><b>Observation window.</b> The doses counted are those from {@link #windowStart()} — the earliest day the
 * indicators look at (the first of the recruitment start, the period start and the census date) less
 * {@code maxGapDays} days — to {@link OamtSettings#followUpEnd()}. Doses outside the window are counted
 * ({@link #rowsOutsideWindow()}) and otherwise ignored. The {@code maxGapDays} days read before the earliest day make
 * every start from that day on a true start: a client dosed in the {@code maxGapDays} days before a day is not
 * starting on it. A client whose doses run from before the window has an episode whose start is reported as their
 * first dose in the window, a day before the earliest day the indicators look at; the true start is that day or
 * earlier. No indicator looks further back, so the report is exact where it matters: such a client is on treatment
 * from the earliest day on as long as the episode lasts, and is not a starter of the PRV.13 recruitment window.
 *
 * <p><b>Place and drug.</b> An episode's site and drug are those of its latest dose: its last dose day, and of several
 * doses that day the last in the order drug ({@link Drug}'s order), site code, so that the choice never depends on
 * the order of the rows. A client who changes site within an episode counts at the site of its latest dose; one who
 * changes site after a gap has an episode at each site. The site's area, provider type and setting come from the
 * site table of the context, since a dose names no area. A site missing from the table gives episodes of unknown
 * area, provider type and setting: they count in every total and in {@link Breakdown#areaUnknown()},
 * {@link Breakdown#providerTypeUnknown()} and {@link Breakdown#settingUnknown()} (as PRV.14 counts the same doses,
 * {@link DoseAccumulator}), and {@link #sitesNotInTable()} names those sites so that the table can be completed.
 *
 * <p>It keeps, for each distinct client and each site and drug the client was dosed with, a set of the window's days
 * with a dose (one bit a day): memory grows with distinct clients, never with the number of doses. Accumulators
 * merge: doses split into parts in any way, accumulated apart and merged, give exactly the result of the whole. An
 * accumulator does no I/O and is not thread-safe: give each thread its own and merge them.
 */
public final class DispensingAccumulator {
    /** The longest gap accepted, in days: a bit a day for every client, over a window this much longer. */
    static final int MAX_GAP_DAYS_LIMIT = 365;

    private final OamtSettings settings;
    private final RecordContext context;
    private final int maxGapDays;
    private final LocalDate windowStart;
    private final long firstDay;
    private final int days;
    private final Map<Uic, ClientDoses> clients = new HashMap<>();
    private long rows;
    private long rowsOutsideWindow;

    /** One client's days with a dose, one set for each site and drug, in small arrays (most have one). */
    private static final class ClientDoses {
        private String[] sites = new String[1];
        private Drug[] drugs = new Drug[1];
        private BitSet[] doseDays = new BitSet[1];
        private int size;

        BitSet daysOf(String site, Drug drug, int days) {
            for (int i = 0; i < size; i++) {
                if (drugs[i] == drug && sites[i].equals(site)) {
                    return doseDays[i];
                }
            }
            if (size == sites.length) {
                sites = Arrays.copyOf(sites, size * 2);
                drugs = Arrays.copyOf(drugs, size * 2);
                doseDays = Arrays.copyOf(doseDays, size * 2);
            }
            sites[size] = site;
            drugs[size] = drug;
            doseDays[size] = new BitSet(days);
            return doseDays[size++];
        }

        void addAll(ClientDoses other, int days) {
            for (int i = 0; i < other.size; i++) {
                daysOf(other.sites[i], other.drugs[i], days).or(other.doseDays[i]);
            }
        }

        BitSet all() {
            BitSet all = (BitSet) doseDays[0].clone();
            for (int i = 1; i < size; i++) {
                all.or(doseDays[i]);
            }
            return all;
        }

        /** The index of the latest dose of a day with a dose: the last in the order drug, site. */
        int latestOn(int day) {
            int best = -1;
            for (int i = 0; i < size; i++) {
                if (doseDays[i].get(day) && (best < 0 || drugs[i].compareTo(drugs[best]) > 0
                        || drugs[i] == drugs[best] && sites[i].compareTo(sites[best]) > 0)) {
                    best = i;
                }
            }
            return best;
        }
    }

    private DispensingAccumulator(OamtSettings settings, RecordContext context, int maxGapDays) {
        this.settings = settings;
        this.context = context;
        this.maxGapDays = maxGapDays;
        LocalDate earliest = earliest(settings);
        this.windowStart = earliest.minusDays(maxGapDays);
        this.firstDay = windowStart.toEpochDay();
        this.days = (int) (settings.followUpEnd().toEpochDay() - firstDay + 1);
    }

    private static LocalDate earliest(OamtSettings s) {
        LocalDate e = s.recruitmentStart();
        e = s.period().start().isBefore(e) ? s.period().start() : e;
        return s.census().isBefore(e) ? s.census() : e;
    }

    /**
     * An empty accumulator.
     *
     * @param settings the dates to compute for
     * @param context the client and site tables; the site table gives each episode's area
     * @param maxGapDays the most consecutive days without a dose within one episode, 1 to 365: a programme's own
     *     rule, since WHO gives none
     * @return the accumulator
     * @throws IllegalArgumentException if {@code maxGapDays} is not within 1 to 365, or the follow-up end is before
     *     the earliest day the indicators look at (the first of the recruitment start, the period start and the
     *     census date)
     * @throws NullPointerException if an argument is null
     */
    public static DispensingAccumulator of(OamtSettings settings, RecordContext context, int maxGapDays) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(context, "context");
        if (!(maxGapDays >= 1 && maxGapDays <= MAX_GAP_DAYS_LIMIT)) {
            throw new IllegalArgumentException("The longest gap without a dose within an episode is not within 1 to "
                    + MAX_GAP_DAYS_LIMIT + " days: " + maxGapDays);
        }
        if (settings.followUpEnd().isBefore(earliest(settings))) {
            throw new IllegalArgumentException("The records end (follow-up end " + settings.followUpEnd()
                    + ") before the earliest day the indicators look at: " + earliest(settings));
        }
        return new DispensingAccumulator(settings, context, maxGapDays);
    }

    /**
     * Adds a dose.
     *
     * @param dose the dose
     * @throws NullPointerException if {@code dose} is null
     */
    public void add(DoseRecord dose) {
        rows++;
        long day = dose.date().toEpochDay() - firstDay;
        if (day < 0 || day >= days) {
            rowsOutsideWindow++;
            return;
        }
        clients.computeIfAbsent(dose.uic(), u -> new ClientDoses()).daysOf(dose.site(), dose.drug(), days)
                .set((int) day);
    }

    /**
     * Adds the doses of another accumulator of the same settings, context and gap to this one.
     *
     * @param other the other accumulator, left as it is
     * @return this accumulator
     * @throws IllegalArgumentException if the settings, the gap or the context differ
     * @throws NullPointerException if {@code other} is null
     */
    public DispensingAccumulator merge(DispensingAccumulator other) {
        Objects.requireNonNull(other, "other");
        RecordChecks.mergeable(settings + ", longest gap " + maxGapDays + " days",
                other.settings + ", longest gap " + other.maxGapDays + " days", context, other.context,
                "settings, gaps");
        rows += other.rows;
        rowsOutsideWindow += other.rowsOutsideWindow;
        other.clients.forEach((uic, o) -> clients.computeIfAbsent(uic, u -> new ClientDoses()).addAll(o, days));
        return this;
    }

    /**
     * The doses added, inside the window or not.
     *
     * @return the count
     */
    public long rows() {
        return rows;
    }

    /**
     * The doses added that fall outside the window ({@link #windowStart()} to the follow-up end).
     *
     * @return the count
     */
    public long rowsOutsideWindow() {
        return rowsOutsideWindow;
    }

    /**
     * The first day of the observation window: the earliest day the indicators look at less the longest gap.
     *
     * @return the day
     */
    public LocalDate windowStart() {
        return windowStart;
    }

    /**
     * The most consecutive days without a dose within one episode.
     *
     * @return the days, 1 to 365
     */
    public int maxGapDays() {
        return maxGapDays;
    }

    /**
     * The sites of the doses in the window that the site table does not list: their episodes are of unknown area,
     * provider type and setting.
     *
     * @return an unmodifiable set of site codes, in order
     */
    public SortedSet<String> sitesNotInTable() {
        SortedSet<String> out = new TreeSet<>();
        for (ClientDoses c : clients.values()) {
            for (int i = 0; i < c.size; i++) {
                if (context.site(c.sites[i]).isEmpty()) {
                    out.add(c.sites[i]);
                }
            }
        }
        return Collections.unmodifiableSortedSet(out);
    }

    /**
     * The indicators of the episodes built from the doses added so far; {@link OamtResult#rows()} counts the
     * episodes.
     *
     * @return the result
     */
    public OamtResult result() {
        OamtAccumulator oamt = OamtAccumulator.of(settings, context);
        Map<String, Place> places = new HashMap<>();
        int last = days - 1;
        clients.forEach((uic, c) -> {
            BitSet all = c.all();
            for (int first = all.nextSetBit(0); first >= 0;) {
                int end = first;
                int next = all.nextSetBit(end + 1);
                while (next >= 0 && next - end - 1 <= maxGapDays) {
                    end = next;
                    next = all.nextSetBit(end + 1);
                }
                int k = c.latestOn(end);
                Place p = places.computeIfAbsent(c.sites[k],
                        s -> context.place(s, Optional.empty(), Optional.empty()));
                oamt.add(uic, firstDay + first, last - end > maxGapDays ? firstDay + end : OamtAccumulator.OPEN, p,
                        c.drugs[k]);
                first = next;
            }
        });
        return oamt.result();
    }

    @Override
    public String toString() {
        return "episodes from doses, longest gap " + maxGapDays + " days, window " + windowStart + " to "
                + settings.followUpEnd() + ": " + rows + " doses, " + rowsOutsideWindow + " outside the window, "
                + clients.size() + " clients";
    }
}
