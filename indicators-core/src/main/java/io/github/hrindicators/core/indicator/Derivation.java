package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.Quantity;
import io.github.hrindicators.core.QuantityKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How an input that has no published figure may be derived from two others, declared as data:
 * {@code produces = left − right} or {@code produces = left × right} (right a share). The engine uses a derivation
 * only when the dataset has no figure of the measure it produces for the area, subgroup and year, never one whose
 * parts include the published value of the indicator being computed (a share derived from itself), and writes the
 * derivation out on every result that uses it ({@link InputUsed#derivation()} and {@link WarningCode#DERIVED_INPUT}).
 *
 * <p>Ranges are carried through exactly where the arithmetic allows: a difference gets
 * {@code [left_low − right_high, left_high − right_low]}, a product {@code [left_low × right_low,
 * left_high × right_high]}, the ends of a part without a range being its point ({@link IntervalMethod#RANGE_PROPAGATION}).
 *
 * @param produces the measure derived
 * @param operation the arithmetic
 * @param left the first part (the whole for a difference, the total for a product)
 * @param right the second part (what is subtracted, or the share)
 * @param samePeriod whether the parts must have the same period (stocks at one date, such as cumulative cases and
 *     cumulative deaths on 1 January); otherwise the derived figure takes the left part's period
 * @param caveat what a reader should know about the derived figure, appended to the warning; may be empty
 */
public record Derivation(Measure produces, Operation operation, Measure left, Measure right, boolean samePeriod,
        String caveat) {

    /** The arithmetic of a derivation. */
    public enum Operation {
        /** {@code left − right}. */
        DIFFERENCE("−"),
        /** {@code left × right}, right a share. */
        PRODUCT("×"),
        /** {@code left + right}, such as needles-syringes from NSPs plus those sold by pharmacies. */
        SUM("+");

        private final String symbol;

        Operation(String symbol) {
            this.symbol = symbol;
        }

        /**
         * The operator's sign, as written in derivations.
         *
         * @return {@code −}, {@code ×} or {@code +}
         */
        public String symbol() {
            return symbol;
        }
    }

    /**
     * People registered alive = cumulative registered cases − cumulative deaths, at the same date. The derived
     * figure still counts foreigners and emigrants where the register does.
     */
    public static final Derivation REGISTERED_ALIVE = new Derivation(Measure.REGISTERED_HIV_ALIVE,
            Operation.DIFFERENCE, Measure.REGISTERED_HIV_CUMULATIVE, Measure.REGISTERED_HIV_DEATHS_CUMULATIVE, true,
            "the derived figure still counts foreigners and emigrants where the register does");
    /** Estimated PWID living with HIV = PWID size estimate × HIV prevalence among PWID. */
    public static final Derivation PLHIV_PWID = new Derivation(Measure.PLHIV_PWID_ESTIMATE, Operation.PRODUCT,
            Measure.PWID_POPULATION_SIZE, Measure.HIV_PREVALENCE_PWID, false, "");
    /** PWID registered alive = people registered alive × their published injecting share. */
    public static final Derivation REGISTERED_ALIVE_INJECTING = new Derivation(
            Measure.REGISTERED_HIV_ALIVE_INJECTING, Operation.PRODUCT, Measure.REGISTERED_HIV_ALIVE,
            Measure.INJECTING_SHARE_REGISTERED_ALIVE, false, "");

    /**
     * Needles-syringes from all sources = distributed by NSPs + sold to PWID by pharmacies and other outlets, in the
     * same 12 months (WHO-SI-2022, PRV.10, p. 303: numerator a) plus b)).
     */
    public static final Derivation NEEDLES_SYRINGES_ALL_SOURCES = new Derivation(
            Measure.NEEDLES_SYRINGES_ALL_SOURCES, Operation.SUM, Measure.NEEDLES_SYRINGES_DISTRIBUTED,
            Measure.NEEDLES_SYRINGES_PHARMACY, true, "");

    /**
     * Validates the derivation.
     *
     * @param produces as in the record description
     * @param operation as in the record description
     * @param left as in the record description
     * @param right as in the record description
     * @param samePeriod as in the record description
     * @param caveat as in the record description
     * @throws IllegalArgumentException if a part is the measure produced, a product's right part is not a share, or
     *     a product would produce a share
     * @throws NullPointerException if an argument is null
     */
    public Derivation {
        Objects.requireNonNull(produces, "produces");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(caveat, "caveat");
        if (left.equals(produces) || right.equals(produces)) {
            throw new IllegalArgumentException("A derivation of " + produces.code() + " cannot use itself");
        }
        if (produces.kind() == QuantityKind.PROPORTION) {
            throw new IllegalArgumentException("A derivation produces a number, not a share: " + produces.code());
        }
        if (operation == Operation.PRODUCT && right.kind() != QuantityKind.PROPORTION) {
            throw new IllegalArgumentException("The second part of a product is a share: " + right.code()
                    + " is a " + right.kind().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (operation != Operation.PRODUCT && (left.kind() == QuantityKind.PROPORTION
                || right.kind() == QuantityKind.PROPORTION)) {
            throw new IllegalArgumentException("A difference or sum combines numbers, not shares: " + left.code()
                    + " " + operation.symbol() + " " + right.code());
        }
    }

    /**
     * The standard derivations: {@link #REGISTERED_ALIVE}, {@link #PLHIV_PWID},
     * {@link #REGISTERED_ALIVE_INJECTING} and {@link #NEEDLES_SYRINGES_ALL_SOURCES}.
     *
     * @return an unmodifiable list
     */
    public static List<Derivation> standard() {
        return List.of(REGISTERED_ALIVE, PLHIV_PWID, REGISTERED_ALIVE_INJECTING, NEEDLES_SYRINGES_ALL_SOURCES);
    }

    /**
     * The formula in measure codes: {@code registered_hiv_cumulative − registered_hiv_deaths_cumulative}.
     *
     * @return the expression
     */
    public String expression() {
        return left.code() + " " + operation.symbol() + " " + right.code();
    }

    /**
     * The derived value, or empty when a difference of counts would be negative (a register whose deaths exceed its
     * cases gives no derived count).
     */
    Optional<Quantity> apply(Quantity a, Quantity b) {
        if (operation == Operation.DIFFERENCE) {
            if (a instanceof Count ca && b instanceof Count cb) {
                return ca.value() >= cb.value() ? Optional.of(Count.of(ca.value() - cb.value())) : Optional.empty();
            }
            double point = a.doubleValue() - b.doubleValue();
            if (range(a).isEmpty() && range(b).isEmpty()) {
                return Optional.of(Estimate.of(point));
            }
            return Optional.of(Estimate.of(point, low(a) - high(b), high(a) - low(b),
                    IntervalMethod.RANGE_PROPAGATION));
        }
        if (operation == Operation.SUM) {
            if (a instanceof Count ca && b instanceof Count cb) {
                return Optional.of(Count.of(ca.value() + cb.value()));
            }
            double point = a.doubleValue() + b.doubleValue();
            if (range(a).isEmpty() && range(b).isEmpty()) {
                return Optional.of(Estimate.of(point));
            }
            return Optional.of(Estimate.of(point, low(a) + low(b), high(a) + high(b),
                    IntervalMethod.RANGE_PROPAGATION));
        }
        double share = ((Proportion) b).toFraction();
        double point = a.doubleValue() * share;
        if (range(a).isEmpty() && range(b).isEmpty()) {
            return Optional.of(Estimate.of(point));
        }
        return Optional.of(Estimate.of(point, low(a) * low(b), high(a) * high(b), IntervalMethod.RANGE_PROPAGATION));
    }

    /** The arithmetic with the numbers: {@code 6402 × 51.5 % = 3297.03}. */
    String written(Quantity a, Quantity b, Quantity result) {
        String right = b instanceof Proportion p ? Format.percent(p.toFraction()) : Format.number(b.doubleValue());
        return Format.number(a.doubleValue()) + " " + operation.symbol() + " " + right + " = "
                + Format.number(result.doubleValue());
    }

    static Optional<Interval> range(Quantity q) {
        return q instanceof Estimate e ? e.interval() : q instanceof Proportion p ? p.interval() : Optional.empty();
    }

    private static double low(Quantity q) {
        return range(q).map(Interval::lower).orElse(fraction(q));
    }

    private static double high(Quantity q) {
        return range(q).map(Interval::upper).orElse(fraction(q));
    }

    private static double fraction(Quantity q) {
        return q instanceof Proportion p ? p.toFraction() : q.doubleValue();
    }
}
