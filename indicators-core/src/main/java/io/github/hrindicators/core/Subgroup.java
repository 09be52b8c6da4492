package io.github.hrindicators.core;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The part of a population a figure or result refers to: optionally a {@link Setting}, a {@link Gender}, an
 * {@link AgeBand} and a {@link ProviderType}. {@link #TOTAL} is the whole population. {@link #dimensions()} names
 * the dimensions a subgroup fixes; an indicator says which dimensions it is computed for.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Subgroup implements Comparable<Subgroup> {
    /** The whole population: no dimension fixed. */
    public static final Subgroup TOTAL = new Subgroup(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    private static final Comparator<Subgroup> ORDER = Comparator
            .comparing((Subgroup s) -> s.setting.map(Enum::ordinal).orElse(-1))
            .thenComparing(s -> s.gender.map(Enum::ordinal).orElse(-1))
            .thenComparing(s -> s.ageBand.orElse(null), Comparator.nullsFirst(Comparator.<AgeBand>naturalOrder()))
            .thenComparing(s -> s.providerType.map(Enum::ordinal).orElse(-1));

    private final Optional<Setting> setting;
    private final Optional<Gender> gender;
    private final Optional<AgeBand> ageBand;
    private final Optional<ProviderType> providerType;
    private final int hash;

    private Subgroup(Optional<Setting> setting, Optional<Gender> gender, Optional<AgeBand> ageBand,
            Optional<ProviderType> providerType) {
        this.setting = setting;
        this.gender = gender;
        this.ageBand = ageBand;
        this.providerType = providerType;
        this.hash = Objects.hash(setting, gender, ageBand, providerType);
    }

    /**
     * The subgroup of a setting.
     *
     * @param setting the setting
     * @return the subgroup
     * @throws NullPointerException if {@code setting} is null
     */
    public static Subgroup of(Setting setting) {
        return TOTAL.withSetting(setting);
    }

    /**
     * A copy with a setting.
     *
     * @param newSetting the setting
     * @return the subgroup
     * @throws NullPointerException if {@code newSetting} is null
     */
    public Subgroup withSetting(Setting newSetting) {
        return new Subgroup(Optional.of(Objects.requireNonNull(newSetting, "setting")), gender, ageBand,
                providerType);
    }

    /**
     * A copy with a gender.
     *
     * @param newGender the gender
     * @return the subgroup
     * @throws NullPointerException if {@code newGender} is null
     */
    public Subgroup withGender(Gender newGender) {
        return new Subgroup(setting, Optional.of(Objects.requireNonNull(newGender, "gender")), ageBand,
                providerType);
    }

    /**
     * A copy with an age band.
     *
     * @param newAgeBand the band
     * @return the subgroup
     * @throws NullPointerException if {@code newAgeBand} is null
     */
    public Subgroup withAgeBand(AgeBand newAgeBand) {
        return new Subgroup(setting, gender, Optional.of(Objects.requireNonNull(newAgeBand, "ageBand")),
                providerType);
    }

    /**
     * A copy with a provider type.
     *
     * @param newProviderType the provider type
     * @return the subgroup
     * @throws NullPointerException if {@code newProviderType} is null
     */
    public Subgroup withProviderType(ProviderType newProviderType) {
        return new Subgroup(setting, gender, ageBand,
                Optional.of(Objects.requireNonNull(newProviderType, "providerType")));
    }

    /**
     * The setting.
     *
     * @return the setting, or empty if the subgroup spans every setting
     */
    public Optional<Setting> setting() {
        return setting;
    }

    /**
     * The gender.
     *
     * @return the gender, or empty if the subgroup spans every gender
     */
    public Optional<Gender> gender() {
        return gender;
    }

    /**
     * The age band.
     *
     * @return the band, or empty if the subgroup spans every age
     */
    public Optional<AgeBand> ageBand() {
        return ageBand;
    }

    /**
     * The provider type.
     *
     * @return the provider type, or empty if the subgroup spans every provider
     */
    public Optional<ProviderType> providerType() {
        return providerType;
    }

    /**
     * The dimensions this subgroup fixes.
     *
     * @return a new set, empty for {@link #TOTAL}
     */
    public Set<Dimension> dimensions() {
        Set<Dimension> d = EnumSet.noneOf(Dimension.class);
        setting.ifPresent(x -> d.add(Dimension.SETTING));
        gender.ifPresent(x -> d.add(Dimension.GENDER));
        ageBand.ifPresent(x -> d.add(Dimension.AGE));
        providerType.ifPresent(x -> d.add(Dimension.PROVIDER_TYPE));
        return d;
    }

    /**
     * Whether this is the whole population.
     *
     * @return true if no dimension is fixed
     */
    public boolean isTotal() {
        return setting.isEmpty() && gender.isEmpty() && ageBand.isEmpty() && providerType.isEmpty();
    }

    /**
     * Orders subgroups: {@link #TOTAL} first, then by setting, gender, age band and provider type, each in the
     * order of its declaration (age bands by age).
     *
     * @param other the other subgroup
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(Subgroup other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Subgroup other
                && other.hash == hash
                && other.setting.equals(setting)
                && other.gender.equals(gender)
                && other.ageBand.equals(ageBand)
                && other.providerType.equals(providerType);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /**
     * A label for people: {@code total}, or the fixed dimensions joined, such as {@code prison, male, 15-24}.
     *
     * @return the label
     */
    @Override
    public String toString() {
        if (isTotal()) {
            return "total";
        }
        StringJoiner j = new StringJoiner(", ");
        setting.ifPresent(s -> j.add(s.name().toLowerCase(Locale.ROOT)));
        gender.ifPresent(s -> j.add(s.name().toLowerCase(Locale.ROOT)));
        ageBand.ifPresent(a -> j.add(a.toString()));
        providerType.ifPresent(p -> j.add(p.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        return j.toString();
    }
}
