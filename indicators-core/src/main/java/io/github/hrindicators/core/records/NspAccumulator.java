package io.github.hrindicators.core.records;

import io.github.hrindicators.core.ReferencePeriod;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Accumulates needle-syringe programme contacts of one period, one at a time, for WHO PRV.8, PRV.9 and PRV.10 and
 * the Global Fund's KP-4 ({@link NspResult}).
 *
 * <p>It keeps, for each distinct client, the days of the period on which they had a contact and the needles-syringes
 * given at each place (site, area, provider type): memory grows with distinct clients and the places each visits,
 * never with the number of contacts. Contacts outside the period are counted ({@link #rowsOutsidePeriod()}) and
 * otherwise ignored.
 *
 * <p>Accumulators merge: contacts split into parts in any way, each part added to an accumulator of its own and the
 * accumulators merged, give exactly the result of adding every contact to one. An accumulator does no I/O and is
 * not thread-safe: give each thread its own and merge them at the end.
 */
public final class NspAccumulator {
    private final ReferencePeriod period;
    private final RecordContext context;
    private final int days;
    private final Map<Uic, ClientState> clients = new HashMap<>();
    /** The places seen, by site: contacts name a few places many times, so each is made once. */
    private final Map<String, Place[]> places = new HashMap<>();
    private final long firstDay;
    private long rows;
    private long rowsOutsidePeriod;

    /** One client's days with a contact and needles-syringes by place, the places in a small array (most have one). */
    static final class ClientState {
        /** Bit {@code d} (of word {@code d / 64}) is set when the client had a contact on day {@code d}. */
        final long[] contactDays;
        private Place[] places = new Place[1];
        private long[] needles = new long[1];
        private int size;

        ClientState(int days) {
            contactDays = new long[(days + 63) >>> 6];
        }

        void contactOn(int day) {
            contactDays[day >>> 6] |= 1L << day;
        }

        int daysWithContact() {
            int n = 0;
            for (long w : contactDays) {
                n += Long.bitCount(w);
            }
            return n;
        }

        /** The first day from {@code from} with a contact, or -1. */
        int nextContact(int from) {
            int i = from >>> 6;
            if (i >= contactDays.length) {
                return -1;
            }
            long w = contactDays[i] & (-1L << from);
            while (w == 0) {
                if (++i == contactDays.length) {
                    return -1;
                }
                w = contactDays[i];
            }
            return (i << 6) + Long.numberOfTrailingZeros(w);
        }

        void add(Place p, long n) {
            for (int i = 0; i < size; i++) {
                if (places[i] == p || places[i].equals(p)) {
                    needles[i] += n;
                    return;
                }
            }
            if (size == places.length) {
                places = java.util.Arrays.copyOf(places, size * 2);
                needles = java.util.Arrays.copyOf(needles, size * 2);
            }
            places[size] = p;
            needles[size++] = n;
        }

        void addAll(ClientState other) {
            for (int i = 0; i < contactDays.length; i++) {
                contactDays[i] |= other.contactDays[i];
            }
            for (int i = 0; i < other.size; i++) {
                add(other.places[i], other.needles[i]);
            }
        }

        Map<Place, Long> needlesByPlace() {
            if (size == 1) {
                return Map.of(places[0], needles[0]);
            }
            Map<Place, Long> m = new HashMap<>();
            for (int i = 0; i < size; i++) {
                m.put(places[i], needles[i]);
            }
            return m;
        }

        /** The places of the client's contacts, each once. */
        List<Place> places() {
            return Arrays.asList(places).subList(0, size);
        }

        /** The places where the client was given needles-syringes, each once. */
        List<Place> placesWithNeedles() {
            List<Place> with = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                if (needles[i] > 0) {
                    with.add(places[i]);
                }
            }
            return with.size() == size ? places() : with;
        }
    }

    private NspAccumulator(ReferencePeriod period, RecordContext context) {
        this.period = period;
        this.context = context;
        this.days = (int) ChronoUnit.DAYS.between(period.start(), period.end()) + 1;
        this.firstDay = period.start().toEpochDay();
    }

    /**
     * An empty accumulator.
     *
     * @param period the period: a year, month or span of years
     * @param context the client and site tables
     * @return the accumulator
     * @throws IllegalArgumentException if the period is a single date
     * @throws NullPointerException if an argument is null
     */
    public static NspAccumulator of(ReferencePeriod period, RecordContext context) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(context, "context");
        if (period.kind() == ReferencePeriod.Kind.DATE) {
            throw new IllegalArgumentException("NSP indicators need a period of a month or more, not a date: " + period);
        }
        return new NspAccumulator(period, context);
    }

    /**
     * An empty accumulator of the same period and context: for a part of the contacts read on another thread, to be
     * merged into this one.
     *
     * @return the accumulator
     */
    public NspAccumulator newPart() {
        return new NspAccumulator(period, context);
    }

    /**
     * Adds a contact.
     *
     * @param contact the contact
     * @throws NullPointerException if {@code contact} is null
     */
    public void add(NspContact contact) {
        rows++;
        LocalDate d = contact.date();
        if (d.isBefore(period.start()) || d.isAfter(period.end())) {
            rowsOutsidePeriod++;
            return;
        }
        ClientState s = clients.get(contact.uic());
        if (s == null) {
            s = new ClientState(days);
            clients.put(contact.uic(), s);
        }
        s.contactOn((int) (d.toEpochDay() - firstDay));
        s.add(place(contact), contact.needlesSyringes());
    }

    private Place place(NspContact c) {
        Place[] known = places.get(c.site());
        if (known != null) {
            for (Place p : known) {
                if (p.area().get().equals(c.area()) && p.providerType().get() == c.providerType()) {
                    return p;
                }
            }
        }
        Place p = context.place(c.site(), Optional.of(c.area()), Optional.of(c.providerType()));
        Place[] more = known == null ? new Place[1] : java.util.Arrays.copyOf(known, known.length + 1);
        more[more.length - 1] = p;
        places.put(c.site(), more);
        return p;
    }

    /**
     * Adds the contacts of another accumulator of the same period and context to this one.
     *
     * @param other the other accumulator, left as it is
     * @return this accumulator
     * @throws IllegalArgumentException if the period or the context differ
     * @throws NullPointerException if {@code other} is null
     */
    public NspAccumulator merge(NspAccumulator other) {
        RecordChecks.mergeable(period, Objects.requireNonNull(other, "other").period, context, other.context,
                "periods");
        rows += other.rows;
        rowsOutsidePeriod += other.rowsOutsidePeriod;
        other.clients.forEach((uic, o) -> {
            clients.computeIfAbsent(uic, u -> new ClientState(days)).addAll(o);
        });
        return this;
    }

    /**
     * The contacts added, inside the period or not.
     *
     * @return the count
     */
    public long rows() {
        return rows;
    }

    /**
     * The contacts added that fall outside the period.
     *
     * @return the count
     */
    public long rowsOutsidePeriod() {
        return rowsOutsidePeriod;
    }

    /**
     * The distinct clients with a contact in the period so far.
     *
     * @return the count
     */
    public int clients() {
        return clients.size();
    }

    /**
     * The indicators of the contacts added so far.
     *
     * @return the result
     */
    public NspResult result() {
        LocalDate ageDate = period.end();
        Breakdown.Builder reached = Breakdown.Builder.distinctClients(context, ageDate);
        Breakdown.Builder served = Breakdown.Builder.distinctClients(context, ageDate);
        Breakdown.Builder every30 = Breakdown.Builder.distinctClients(context, ageDate);
        Breakdown.Builder monthly = Breakdown.Builder.distinctClients(context, ageDate);
        Breakdown.Builder needles = Breakdown.Builder.sums(context, ageDate);
        long months = NspResult.months(period);
        clients.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Uic uic = e.getKey();
            ClientState s = e.getValue();
            List<Place> at = s.places();
            served.addClient(uic, at);
            List<Place> withNeedles = s.placesWithNeedles();
            if (!withNeedles.isEmpty()) {
                reached.addClient(uic, withNeedles);
            }
            if (longestGap(s) < NspResult.WINDOW_DAYS) {
                every30.addClient(uic, at);
            }
            if (s.daysWithContact() >= months) {
                monthly.addClient(uic, at);
            }
            needles.addAmounts(uic, s.needlesByPlace());
        });
        return new NspResult(period, rows, rowsOutsidePeriod, reached.build(), served.build(), every30.build(),
                monthly.build(), needles.build());
    }

    /** The longest run of days of the period without a contact. */
    private int longestGap(ClientState contactDays) {
        int longest = 0;
        int from = 0;
        while (from < days) {
            int next = contactDays.nextContact(from);
            int end = next < 0 ? days : next;
            longest = Math.max(longest, end - from);
            if (next < 0) {
                break;
            }
            from = next + 1;
        }
        return longest;
    }
}
