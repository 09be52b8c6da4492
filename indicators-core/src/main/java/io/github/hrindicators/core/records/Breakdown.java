package io.github.hrindicators.core.records;

import io.github.hrindicators.core.AgeBand;
import io.github.hrindicators.core.AgeScheme;
import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Gender;
import io.github.hrindicators.core.ProviderType;
import io.github.hrindicators.core.Setting;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * A count and its disaggregations as WHO defines them (<i>Consolidated guidelines on person-centred HIV strategic
 * information</i>, 2022, PRV.8–PRV.14): by gender, by age band at a date in each age scheme, by site, area,
 * provider type and setting.
 *
 * <p>Two kinds ({@link #isDistinctClients()}):
 * <ul>
 * <li><b>distinct clients</b>: each client is counted once in the total and once in each site, area, provider type
 * and setting where they have a record. A client at two sites counts once nationally and once at each site, so the
 * counts by site or area may add up to more than the total; the overlap is reported ({@link #areaOverlaps()},
 * {@link #clientsInMoreThanOneArea()}, {@link #clientsInMoreThanOneSite()}). Gender and age are one per client,
 * so they add up to the total.</li>
 * <li><b>sums</b> (needles-syringes given, say): every disaggregation adds up to the total.</li>
 * </ul>
 * Values of a dimension with a count of 0 are left out of its map. Records of a site missing from the site table
 * have no setting ({@link #settingUnknown()}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Breakdown {
    private final boolean distinctClients;
    private final long total;
    private final Map<Gender, Long> byGender;
    private final Map<AgeScheme, Map<AgeBand, Long>> byAge;
    private final Map<AgeScheme, Long> ageNotInBand;
    private final Map<String, Long> bySite;
    private final Map<Area, Long> byArea;
    private final long areaUnknown;
    private final Map<ProviderType, Long> byProviderType;
    private final long providerTypeUnknown;
    private final Map<Setting, Long> bySetting;
    private final long settingUnknown;
    private final Map<AreaPair, Long> areaOverlaps;
    private final long clientsInMoreThanOneArea;
    private final long clientsInMoreThanOneSite;

    private Breakdown(Builder b) {
        this.distinctClients = b.distinctClients;
        this.total = b.total;
        this.byGender = Collections.unmodifiableMap(new EnumMap<>(b.byGender));
        Map<AgeScheme, Map<AgeBand, Long>> age = new LinkedHashMap<>();
        b.byAge.forEach((s, m) -> age.put(s, Collections.unmodifiableMap(new TreeMap<>(m))));
        this.byAge = Collections.unmodifiableMap(age);
        this.ageNotInBand = Collections.unmodifiableMap(new LinkedHashMap<>(b.ageNotInBand));
        this.bySite = Collections.unmodifiableMap(new TreeMap<>(b.bySite));
        this.byArea = Collections.unmodifiableMap(new TreeMap<>(b.byArea));
        this.areaUnknown = b.areaUnknown;
        this.byProviderType = Collections.unmodifiableMap(new EnumMap<>(b.byProviderType));
        this.providerTypeUnknown = b.providerTypeUnknown;
        this.bySetting = Collections.unmodifiableMap(new EnumMap<>(b.bySetting));
        this.settingUnknown = b.settingUnknown;
        this.areaOverlaps = Collections.unmodifiableMap(new TreeMap<>(b.areaOverlaps));
        this.clientsInMoreThanOneArea = b.clientsInMoreThanOneArea;
        this.clientsInMoreThanOneSite = b.clientsInMoreThanOneSite;
    }

    /**
     * Whether this counts distinct clients (rather than summing amounts).
     *
     * @return true for distinct clients
     */
    public boolean isDistinctClients() {
        return distinctClients;
    }

    /**
     * The total: distinct clients, or the sum of the amounts.
     *
     * @return the total, {@code >= 0}
     */
    public long total() {
        return total;
    }

    /**
     * By gender; clients without a row in the client table are {@link Gender#UNKNOWN}.
     *
     * @return an unmodifiable map, in the order of the genders
     */
    public Map<Gender, Long> byGender() {
        return byGender;
    }

    /**
     * By age band at the date the result states, for one of the context's age schemes.
     *
     * @param scheme the scheme
     * @return an unmodifiable map by band, in age order; empty if the scheme is not one of the context's
     * @throws NullPointerException if {@code scheme} is null
     */
    public Map<AgeBand, Long> byAgeBand(AgeScheme scheme) {
        return byAge.getOrDefault(Objects.requireNonNull(scheme, "scheme"), Map.of());
    }

    /**
     * The part with no age (birth year unknown) or an age outside every band of a scheme.
     *
     * @param scheme the scheme
     * @return the count or amount, 0 if the scheme is not one of the context's
     * @throws NullPointerException if {@code scheme} is null
     */
    public long ageNotInBand(AgeScheme scheme) {
        return ageNotInBand.getOrDefault(Objects.requireNonNull(scheme, "scheme"), 0L);
    }

    /**
     * The age schemes this breakdown has.
     *
     * @return an unmodifiable set, in the context's order
     */
    public Set<AgeScheme> ageSchemes() {
        return byAge.keySet();
    }

    /**
     * By site code.
     *
     * @return an unmodifiable map, by code
     */
    public Map<String, Long> bySite() {
        return bySite;
    }

    /**
     * By area: the record's area, or the site table's when the record has none.
     *
     * @return an unmodifiable map, in {@link Area}'s order
     */
    public Map<Area, Long> byArea() {
        return byArea;
    }

    /**
     * The part whose area is not known.
     *
     * @return the count or amount
     */
    public long areaUnknown() {
        return areaUnknown;
    }

    /**
     * By provider type: the record's, or the site table's.
     *
     * @return an unmodifiable map
     */
    public Map<ProviderType, Long> byProviderType() {
        return byProviderType;
    }

    /**
     * The part whose provider type is not known (OAMT records of sites missing from the site table).
     *
     * @return the count or amount
     */
    public long providerTypeUnknown() {
        return providerTypeUnknown;
    }

    /**
     * By setting, from the site table.
     *
     * @return an unmodifiable map
     */
    public Map<Setting, Long> bySetting() {
        return bySetting;
    }

    /**
     * The part at sites missing from the site table.
     *
     * @return the count or amount
     */
    public long settingUnknown() {
        return settingUnknown;
    }

    /**
     * For distinct clients, the clients each pair of areas shares; empty for sums.
     *
     * @return an unmodifiable map, ordered by pair
     */
    public Map<AreaPair, Long> areaOverlaps() {
        return areaOverlaps;
    }

    /**
     * For distinct clients, how many have records in more than one area; 0 for sums.
     *
     * @return the count
     */
    public long clientsInMoreThanOneArea() {
        return clientsInMoreThanOneArea;
    }

    /**
     * For distinct clients, how many have records at more than one site; 0 for sums.
     *
     * @return the count
     */
    public long clientsInMoreThanOneSite() {
        return clientsInMoreThanOneSite;
    }

    /** Every component, in order: what equality compares. */
    private java.util.List<Object> components() {
        return java.util.Arrays.asList(distinctClients, total, byGender, byAge, ageNotInBand, bySite, byArea, areaUnknown, byProviderType, providerTypeUnknown, bySetting, settingUnknown, areaOverlaps, clientsInMoreThanOneArea, clientsInMoreThanOneSite);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Breakdown o && o.components().equals(components());
    }

    @Override
    public int hashCode() {
        return components().hashCode();
    }

    @Override
    public String toString() {
        return (distinctClients ? "clients " : "sum ") + total + ", by gender " + byGender + ", by age " + byAge
                + ", by site " + bySite + ", by area " + byArea + ", by provider type " + byProviderType
                + ", by setting " + bySetting + (distinctClients ? ", area overlaps " + areaOverlaps : "");
    }

    /** Builds a breakdown from one client at a time; not thread-safe. */
    static final class Builder {
        private final boolean distinctClients;
        private final RecordContext context;
        private final LocalDate ageDate;
        private long total;
        private final Map<Gender, Long> byGender = new EnumMap<>(Gender.class);
        private final Map<AgeScheme, Map<AgeBand, Long>> byAge = new LinkedHashMap<>();
        private final Map<AgeScheme, Long> ageNotInBand = new LinkedHashMap<>();
        private final Map<String, Long> bySite = new TreeMap<>();
        private final Map<Area, Long> byArea = new TreeMap<>();
        private long areaUnknown;
        private final Map<ProviderType, Long> byProviderType = new EnumMap<>(ProviderType.class);
        private long providerTypeUnknown;
        private final Map<Setting, Long> bySetting = new EnumMap<>(Setting.class);
        private long settingUnknown;
        private final Map<AreaPair, Long> areaOverlaps = new TreeMap<>();
        private long clientsInMoreThanOneArea;
        private long clientsInMoreThanOneSite;

        private Builder(boolean distinctClients, RecordContext context, LocalDate ageDate) {
            this.distinctClients = distinctClients;
            this.context = context;
            this.ageDate = ageDate;
            for (AgeScheme s : context.ageSchemes()) {
                byAge.put(s, new TreeMap<>());
                ageNotInBand.put(s, 0L);
            }
        }

        static Builder distinctClients(RecordContext context, LocalDate ageDate) {
            return new Builder(true, context, ageDate);
        }

        static Builder sums(RecordContext context, LocalDate ageDate) {
            return new Builder(false, context, ageDate);
        }

        /** Adds a client counted at the given places (distinct clients); the collection must not be empty. */
        void addClient(Uic uic, Iterable<Place> places) {
            Optional<Client> client = context.client(uic);
            addPerson(client, 1);
            java.util.Iterator<Place> first = places.iterator();
            Place only = first.next();
            if (!first.hasNext()) { // one place, as for most clients: no sets to make
                bySite.merge(only.site(), 1L, Long::sum);
                only.area().ifPresentOrElse(a -> byArea.merge(a, 1L, Long::sum), () -> areaUnknown++);
                only.providerType().ifPresentOrElse(t -> byProviderType.merge(t, 1L, Long::sum),
                        () -> providerTypeUnknown++);
                only.setting().ifPresentOrElse(x -> bySetting.merge(x, 1L, Long::sum), () -> settingUnknown++);
                return;
            }
            Set<String> sites = new HashSet<>();
            Set<Area> areas = new HashSet<>();
            Set<ProviderType> types = new HashSet<>();
            Set<Setting> settings = new HashSet<>();
            boolean noArea = false;
            boolean noType = false;
            boolean noSetting = false;
            for (Place p : places) {
                sites.add(p.site());
                if (p.area().isPresent()) {
                    areas.add(p.area().get());
                } else {
                    noArea = true;
                }
                if (p.providerType().isPresent()) {
                    types.add(p.providerType().get());
                } else {
                    noType = true;
                }
                if (p.setting().isPresent()) {
                    settings.add(p.setting().get());
                } else {
                    noSetting = true;
                }
            }
            sites.forEach(s -> bySite.merge(s, 1L, Long::sum));
            areas.forEach(a -> byArea.merge(a, 1L, Long::sum));
            types.forEach(t -> byProviderType.merge(t, 1L, Long::sum));
            settings.forEach(s -> bySetting.merge(s, 1L, Long::sum));
            areaUnknown += areas.isEmpty() && noArea ? 1 : 0;
            providerTypeUnknown += types.isEmpty() && noType ? 1 : 0;
            settingUnknown += settings.isEmpty() && noSetting ? 1 : 0;
            if (sites.size() > 1) {
                clientsInMoreThanOneSite++;
            }
            if (areas.size() > 1) {
                clientsInMoreThanOneArea++;
                List<Area> sorted = areas.stream().sorted().toList();
                for (int i = 0; i < sorted.size(); i++) {
                    for (int j = i + 1; j < sorted.size(); j++) {
                        areaOverlaps.merge(new AreaPair(sorted.get(i), sorted.get(j)), 1L, Long::sum);
                    }
                }
            }
        }

        /** Adds the amounts of one client at each of their places (sums). */
        void addAmounts(Uic uic, Map<Place, Long> amounts) {
            long all = 0;
            for (Map.Entry<Place, Long> e : amounts.entrySet()) {
                long v = e.getValue();
                if (v == 0) {
                    continue;
                }
                all += v;
                Place p = e.getKey();
                bySite.merge(p.site(), v, Long::sum);
                if (p.area().isPresent()) {
                    byArea.merge(p.area().get(), v, Long::sum);
                } else {
                    areaUnknown += v;
                }
                if (p.providerType().isPresent()) {
                    byProviderType.merge(p.providerType().get(), v, Long::sum);
                } else {
                    providerTypeUnknown += v;
                }
                if (p.setting().isPresent()) {
                    bySetting.merge(p.setting().get(), v, Long::sum);
                } else {
                    settingUnknown += v;
                }
            }
            if (all > 0) {
                addPerson(context.client(uic), all);
            }
        }

        private void addPerson(Optional<Client> client, long amount) {
            total += amount;
            Gender g = client.map(Client::gender).orElse(Gender.UNKNOWN);
            byGender.merge(g, amount, Long::sum);
            OptionalInt age = client.isPresent() ? client.get().ageAt(ageDate) : OptionalInt.empty();
            for (AgeScheme s : context.ageSchemes()) {
                Optional<AgeBand> band = age.isPresent() ? s.bandOf(age.getAsInt()) : Optional.empty();
                if (band.isPresent()) {
                    byAge.get(s).merge(band.get(), amount, Long::sum);
                } else {
                    ageNotInBand.merge(s, amount, Long::sum);
                }
            }
        }

        Breakdown build() {
            return new Breakdown(this);
        }
    }
}
