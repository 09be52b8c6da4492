package io.github.hrindicators.core;

import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The part of a population a figure refers to: optionally a {@link Setting}, a {@link Sex} and an age band such as
 * {@code 15-24} or {@code 50+}. {@link #TOTAL} is the whole population.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Subgroup {
    private static final Pattern AGE_BAND = Pattern.compile("\\d{1,3}-\\d{1,3}|\\d{1,3}\\+");

    /** The whole population: no setting, sex or age band. */
    public static final Subgroup TOTAL = new Subgroup(Optional.empty(), Optional.empty(), Optional.empty());

    private final Optional<Setting> setting;
    private final Optional<Sex> sex;
    private final Optional<String> ageBand;

    private Subgroup(Optional<Setting> setting, Optional<Sex> sex, Optional<String> ageBand) {
        this.setting = setting;
        this.sex = sex;
        this.ageBand = ageBand;
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
     * A copy with the setting set.
     *
     * @param newSetting the setting
     * @return the subgroup
     * @throws NullPointerException if {@code newSetting} is null
     */
    public Subgroup withSetting(Setting newSetting) {
        return new Subgroup(Optional.of(Objects.requireNonNull(newSetting, "setting")), sex, ageBand);
    }

    /**
     * A copy with the sex set.
     *
     * @param newSex the sex
     * @return the subgroup
     * @throws NullPointerException if {@code newSex} is null
     */
    public Subgroup withSex(Sex newSex) {
        return new Subgroup(setting, Optional.of(Objects.requireNonNull(newSex, "sex")), ageBand);
    }

    /**
     * A copy with the age band set.
     *
     * @param newAgeBand an age band in years: {@code 15-24} (both ends included) or {@code 50+}
     * @return the subgroup
     * @throws IllegalArgumentException if the band has neither form, or its lower end is above its upper end
     * @throws NullPointerException if {@code newAgeBand} is null
     */
    public Subgroup withAgeBand(String newAgeBand) {
        String band = Objects.requireNonNull(newAgeBand, "ageBand").strip();
        if (!AGE_BAND.matcher(band).matches()) {
            throw new IllegalArgumentException("Age band is not of the form 15-24 or 50+: '" + newAgeBand + "'");
        }
        int dash = band.indexOf('-');
        if (dash > 0 && Integer.parseInt(band.substring(0, dash)) > Integer.parseInt(band.substring(dash + 1))) {
            throw new IllegalArgumentException("Age band lower end is above its upper end: '" + newAgeBand + "'");
        }
        return new Subgroup(setting, sex, Optional.of(band));
    }

    /**
     * The setting, if the figure is limited to one.
     *
     * @return the setting, or empty
     */
    public Optional<Setting> setting() {
        return setting;
    }

    /**
     * The sex, if the figure is limited to one.
     *
     * @return the sex, or empty
     */
    public Optional<Sex> sex() {
        return sex;
    }

    /**
     * The age band, if the figure is limited to one.
     *
     * @return the age band, or empty
     */
    public Optional<String> ageBand() {
        return ageBand;
    }

    /**
     * Whether this is the whole population.
     *
     * @return true if no setting, sex or age band is set
     */
    public boolean isTotal() {
        return setting.isEmpty() && sex.isEmpty() && ageBand.isEmpty();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Subgroup other
                && other.setting.equals(setting)
                && other.sex.equals(sex)
                && other.ageBand.equals(ageBand);
    }

    @Override
    public int hashCode() {
        return Objects.hash(setting, sex, ageBand);
    }

    /**
     * A short description: {@code total}, or the parts set, such as {@code prison, male, 15-24}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        if (isTotal()) {
            return "total";
        }
        StringJoiner j = new StringJoiner(", ");
        setting.ifPresent(s -> j.add(s.name().toLowerCase(java.util.Locale.ROOT)));
        sex.ifPresent(s -> j.add(s.name().toLowerCase(java.util.Locale.ROOT)));
        ageBand.ifPresent(j::add);
        return j.toString();
    }
}
