package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Quantity;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Source;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An input a result used: its role, measure, value, period and sources; either a published figure
 * ({@link #of(InputRole, Observation)}) or a figure derived from others ({@link #derived}), whose derivation is
 * written out and whose sources are those of the figures it came from. The figures a derived input came from are
 * listed just before it, in role {@link InputRole#PART}.
 *
 * @param role the input's role
 * @param measure what the input measures
 * @param value the value used
 * @param period the reference period
 * @param sources the sources, at least one
 * @param derivation how a derived input was obtained, such as {@code 6402 × 51.5 % = 3297.03}; empty for a
 *     published figure
 * @param note the published figure's note, such as how the source worded it ("people reached (&gt;7000) by one
 *     sub-recipient"); empty for a derived input or a figure without a note
 */
public record InputUsed(InputRole role, Measure measure, Quantity value, ReferencePeriod period,
        List<Source> sources, Optional<String> derivation, Optional<String> note) {

    /**
     * Validates the input and copies the list.
     *
     * @param role as in the record description
     * @param measure as in the record description
     * @param value as in the record description
     * @param period as in the record description
     * @param sources as in the record description
     * @param derivation as in the record description
     * @param note as in the record description
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if there is no source
     */
    public InputUsed {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(period, "period");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("Input has no source: " + role.code() + " " + measure.code());
        }
        Objects.requireNonNull(derivation, "derivation");
        Objects.requireNonNull(note, "note");
    }

    /**
     * A published figure used in a role.
     *
     * @param role the role
     * @param observation the figure
     * @return the input
     */
    public static InputUsed of(InputRole role, Observation observation) {
        return new InputUsed(role, observation.measure(), observation.value(), observation.period(),
                List.of(observation.source()), Optional.empty(), observation.note());
    }

    /**
     * A figure derived from others.
     *
     * @param role the role
     * @param measure what the derived figure measures
     * @param value the derived value
     * @param period the reference period
     * @param derivation how it was obtained, such as {@code 6402 × 51.5 % = 3297.03}
     * @param from the inputs it was derived from; their sources become this input's sources
     * @return the input
     */
    public static InputUsed derived(InputRole role, Measure measure, Quantity value, ReferencePeriod period,
            String derivation, List<InputUsed> from) {
        return new InputUsed(role, measure, value, period,
                from.stream().flatMap(i -> i.sources().stream()).distinct().toList(), Optional.of(derivation),
                Optional.empty());
    }

    /**
     * Whether this input was derived rather than published.
     *
     * @return true if derived
     */
    public boolean isDerived() {
        return derivation.isPresent();
    }

    /**
     * The role and measure for people: {@code denominator: pwid_population_size}, with {@code (derived)} after a
     * derived input.
     *
     * @return the label
     */
    public String label() {
        return role.label() + ": " + measure.code() + (isDerived() ? " (derived)" : "");
    }
}
