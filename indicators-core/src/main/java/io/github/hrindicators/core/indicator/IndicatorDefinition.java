package io.github.hrindicators.core.indicator;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator's definition, as data: what it measures, its numerator and denominator, its unit, its primary
 * sources, its coverage bands and targets, and a version that results name. Definitions can be changed without
 * code: {@link #withBands(CoverageBands)}, {@link #withoutBands()}, {@link #withTargets(List)} and
 * {@link #withVersion(String)} return copies.
 *
 * @param id a stable identifier, such as {@code ost_coverage}
 * @param version the definition's version, such as {@code 2026.1}; results name it
 * @param name the human-readable name
 * @param numerator what the numerator counts
 * @param denominator what the denominator counts (or a description of the formula for differences)
 * @param unit the unit of the value
 * @param sources the primary sources, at least one
 * @param bands the coverage bands, if the indicator has them
 * @param targets the targets, possibly none
 */
public record IndicatorDefinition(String id, String version, String name, String numerator, String denominator,
        ResultUnit unit, List<String> sources, Optional<CoverageBands> bands, List<Target> targets) {

    /**
     * Validates the definition and copies the lists.
     *
     * @param id as in the record description
     * @param version as in the record description
     * @param name as in the record description
     * @param numerator as in the record description
     * @param denominator as in the record description
     * @param unit as in the record description
     * @param sources as in the record description
     * @param bands as in the record description
     * @param targets as in the record description
     * @throws IllegalArgumentException if a text is blank or there is no source
     * @throws NullPointerException if an argument or list element is null
     */
    public IndicatorDefinition {
        for (String s : new String[] {id, version, name, numerator, denominator}) {
            if (Objects.requireNonNull(s, "id, version, name, numerator and denominator").isBlank()) {
                throw new IllegalArgumentException("Indicator definition has a blank id, version, name, numerator "
                        + "or denominator: " + id);
            }
        }
        Objects.requireNonNull(unit, "unit");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("Indicator definition has no source: " + id);
        }
        Objects.requireNonNull(bands, "bands");
        targets = List.copyOf(targets);
    }

    /**
     * A copy with other coverage bands.
     *
     * @param newBands the bands
     * @return the definition
     */
    public IndicatorDefinition withBands(CoverageBands newBands) {
        return new IndicatorDefinition(id, version, name, numerator, denominator, unit, sources,
                Optional.of(Objects.requireNonNull(newBands, "bands")), targets);
    }

    /**
     * A copy without coverage bands.
     *
     * @return the definition
     */
    public IndicatorDefinition withoutBands() {
        return new IndicatorDefinition(id, version, name, numerator, denominator, unit, sources, Optional.empty(),
                targets);
    }

    /**
     * A copy with other targets.
     *
     * @param newTargets the targets
     * @return the definition
     */
    public IndicatorDefinition withTargets(List<Target> newTargets) {
        return new IndicatorDefinition(id, version, name, numerator, denominator, unit, sources, bands, newTargets);
    }

    /**
     * A copy with another version, for a locally changed definition.
     *
     * @param newVersion the version
     * @return the definition
     */
    public IndicatorDefinition withVersion(String newVersion) {
        return new IndicatorDefinition(id, newVersion, name, numerator, denominator, unit, sources, bands, targets);
    }
}
