package io.github.hrindicators.core.uncertainty;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Source;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * A population size estimate together with how it was obtained: the {@link Estimate} (point and interval), the
 * {@link Interval} where one was computed, the estimator's standard error where the method defines one, the
 * method's name, the named inputs used, the estimates it combines (for triangulation) and its source.
 *
 * <p>{@link #toEstimate()} turns it into an ordinary input, such as the denominator of a coverage. Results of
 * {@link SizeEstimates} carry an interval; a published figure entering a triangulation is made with
 * {@link #published(Estimate, String, Source)} and has none.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param estimate the size: point and range
 * @param interval the interval the range comes from, with its method and level, or empty for a published figure
 * @param standardError the estimator's standard error (the square root of its variance estimate), or empty where
 *     the method has none (triangulation, a published figure, an interval by test inversion only)
 * @param method the name of the estimation method, such as {@code "Chapman capture-recapture"}, not blank
 * @param inputs the named inputs used, in order (may be empty)
 * @param components the estimates combined into this one (triangulation), otherwise empty
 * @param source where the figure or its inputs come from, or empty
 */
public record SizeEstimate(Estimate estimate, Optional<Interval> interval, OptionalDouble standardError, String method,
        List<Input> inputs, List<SizeEstimate> components, Optional<Source> source) {

    /**
     * Validates the parts and copies the lists.
     *
     * @param estimate the size
     * @param interval the interval, or empty
     * @param standardError the standard error, finite and {@code >= 0}, or empty
     * @param method the method's name, not blank (stripped)
     * @param inputs the named inputs
     * @param components the combined estimates
     * @param source the source, or empty
     * @throws NullPointerException if a part or a list element is null
     * @throws IllegalArgumentException if {@code method} is blank or the standard error is negative or not finite
     */
    public SizeEstimate {
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(standardError, "standardError");
        if (standardError.isPresent() && !(standardError.getAsDouble() >= 0
                && Double.isFinite(standardError.getAsDouble()))) {
            throw new IllegalArgumentException("Standard error of a size estimate is negative or not finite: "
                    + standardError.getAsDouble());
        }
        Objects.requireNonNull(method, "method");
        if (method.isBlank()) {
            throw new IllegalArgumentException("Size estimation method is blank: '" + method + "'");
        }
        method = method.strip();
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
        components = List.copyOf(Objects.requireNonNull(components, "components"));
        Objects.requireNonNull(source, "source");
    }

    /**
     * A published size estimate, such as a national estimate with plausible bounds, for use in a triangulation.
     *
     * @param estimate the size with its range (if the source gives one)
     * @param method how the publisher obtained it, such as {@code "multiplier (NSP)"}, not blank
     * @param source the publication
     * @return the size estimate, without interval, inputs or components
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code method} is blank
     */
    public static SizeEstimate published(Estimate estimate, String method, Source source) {
        Objects.requireNonNull(source, "source");
        return new SizeEstimate(estimate, Optional.empty(), OptionalDouble.empty(), method, List.of(), List.of(),
                Optional.of(source));
    }

    /**
     * A copy citing a source.
     *
     * @param newSource the source of the figure or of its inputs
     * @return the size estimate
     * @throws NullPointerException if {@code newSource} is null
     */
    public SizeEstimate withSource(Source newSource) {
        Objects.requireNonNull(newSource, "newSource");
        return new SizeEstimate(estimate, interval, standardError, method, inputs, components, Optional.of(newSource));
    }

    /**
     * This size as an ordinary input, such as the denominator of a coverage.
     *
     * @return the estimate with its range
     */
    public Estimate toEstimate() {
        return estimate;
    }

    /**
     * This size as an input figure, such as the PWID size estimate an OST or NSP coverage divides by, with its
     * interval and its provenance: a published estimate keeps its source; a computed one gets the source
     * "computed by <i>method</i> from <i>inputs</i>" (followed by the inputs' source where one is set) and the
     * standard error, where there is one, as its note.
     *
     * @param measure the measure, such as {@link io.github.hrindicators.core.Measure#PWID_POPULATION_SIZE}
     * @param period the reference period
     * @param area the area
     * @return the figure
     * @throws IllegalArgumentException if the measure does not hold estimates, or the estimate is negative
     * @throws NullPointerException if an argument is null
     */
    public Observation toFigure(Measure measure, ReferencePeriod period, Area area) {
        Objects.requireNonNull(measure, "measure");
        if (interval.isEmpty() && components.isEmpty() && source.isPresent()) {
            return Observation.of(measure, estimate, period, area, source.get());
        }
        StringBuilder provenance = new StringBuilder("computed by ").append(method);
        if (!inputs.isEmpty()) {
            provenance.append(" from ").append(inputs.stream().map(i -> i.name() + " = " + number(i.value()))
                    .collect(Collectors.joining(", ")));
        }
        source.ifPresent(s -> provenance.append("; inputs: ").append(s.citation()));
        Observation figure = Observation.of(measure, estimate, period, area, Source.of(provenance.toString()));
        return standardError.isPresent() ? figure.withNote("standard error " + number(standardError.getAsDouble()))
                : figure;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : BigDecimal.valueOf(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /**
     * The value of a named input.
     *
     * @param name the input's name, such as {@code "m"}
     * @return its value, or empty if there is no such input
     * @throws NullPointerException if {@code name} is null
     */
    public OptionalDouble input(String name) {
        Objects.requireNonNull(name, "name");
        return inputs.stream().filter(i -> i.name().equals(name)).mapToDouble(Input::value).findFirst();
    }

    /**
     * One named input of a size estimate, such as {@code n1 = 100} or {@code deff = 2}.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param name the input's name, not blank
     * @param value its value, finite
     */
    public record Input(String name, double value) {
        /**
         * Validates the input.
         *
         * @param name the input's name, not blank (stripped)
         * @param value its value, finite
         * @throws NullPointerException if {@code name} is null
         * @throws IllegalArgumentException if {@code name} is blank or {@code value} is not finite
         */
        public Input {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("Input name is blank: '" + name + "'");
            }
            name = name.strip();
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("Input " + name + " is not a finite number: " + value);
            }
        }
    }
}
