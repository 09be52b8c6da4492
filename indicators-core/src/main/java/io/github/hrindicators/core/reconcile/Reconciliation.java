package io.github.hrindicators.core.reconcile;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Quantity;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.CoverageLevel;
import io.github.hrindicators.core.indicator.Indicator;
import io.github.hrindicators.core.indicator.IndicatorDefinition;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.core.indicator.InputRole;
import io.github.hrindicators.core.indicator.InputUsed;
import io.github.hrindicators.core.indicator.Phrase;
import io.github.hrindicators.core.indicator.ResultUnit;
import io.github.hrindicators.core.indicator.TargetGap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Compares reported indicator values with computed results.
 *
 * <p>Matching: a result matches a reported value when its definition id equals the reported indicator id, its
 * area is the reported area, its period is the reported calendar year, its subgroup is the total and it was
 * computed. Each matching result (each variant) gives one {@link Comparison}; a reported value without a match
 * gives one comparison without a computed value. Either way the reported value gets its coverage level and target
 * gaps from the indicator's definition: the one of a matching result, else the
 * {@link io.github.hrindicators.core.indicator.Catalogue#standard() standard} one with the id, else none (no level, no gaps).
 *
 * <p>Explanation: when a ratio {@code X / N} differs beyond rounding and its numerator X is a published count (not
 * derived), the reported value r implies the denominator {@code X / r} (r as a fraction for proportions). For OST
 * coverage 2016: reported 4.8 %, computed 1,505 / 25,000 = 6.02 %, implied denominator 1,505 / 0.048 ≈ 31,354. It
 * is an explanation only: the country may have used another count as well, and the implied figure is never used
 * as an input.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Reconciliation {
    private Reconciliation() {
    }

    /**
     * Compares reported values with computed results.
     *
     * @param reported the reported values
     * @param results the computed results (of any indicators, years and areas)
     * @return the comparisons: for each reported value in order, one per matching result in the results' order, or
     *     one without a computed value
     * @throws NullPointerException if a list or an element is null
     */
    public static List<Comparison> compare(List<ReportedValue> reported, List<IndicatorResult> results) {
        List<ReportedValue> values = List.copyOf(Objects.requireNonNull(reported, "reported"));
        List<IndicatorResult> computed = List.copyOf(Objects.requireNonNull(results, "results"));
        List<Comparison> comparisons = new ArrayList<>();
        for (ReportedValue r : values) {
            List<IndicatorResult> matches = computed.stream().filter(c -> matches(r, c)).toList();
            Optional<IndicatorDefinition> definition = matches.isEmpty() ? standard(r.indicatorId())
                    : Optional.of(matches.get(0).definition());
            Optional<CoverageLevel> level = definition.flatMap(d -> d.bands())
                    .map(b -> b.level(r.value().doubleValue()));
            List<TargetGap> gaps = definition.map(d -> d.targets().stream()
                    .map(t -> TargetGap.of(t, r.value().doubleValue())).toList()).orElse(List.of());
            if (matches.isEmpty()) {
                comparisons.add(new Comparison(r, Optional.empty(), OptionalDouble.empty(), false, level, gaps,
                        Optional.of(Phrase.of("reconcile.not_computed", r.indicatorId(), r.area().toString(),
                                r.year()))));
            }
            for (IndicatorResult c : matches) {
                double difference = ReportedValue.inPublishedUnit(c.value().orElseThrow())
                        - r.publishedNumber();
                boolean beyond = Math.abs(difference)
                        > r.roundingTolerance() + 1e-9 * Math.max(1, Math.abs(r.publishedNumber()));
                comparisons.add(new Comparison(r, Optional.of(c), OptionalDouble.of(difference), beyond, level, gaps,
                        beyond ? explain(r, c) : Optional.empty()));
            }
        }
        return List.copyOf(comparisons);
    }

    private static boolean matches(ReportedValue r, IndicatorResult c) {
        return c.definition().id().equals(r.indicatorId()) && c.area().equals(r.area())
                && c.period().equals(ReferencePeriod.ofYear(r.year())) && c.subgroup().isTotal()
                && c.status() == IndicatorResult.Status.COMPUTED;
    }

    private static Optional<IndicatorDefinition> standard(String id) {
        return Catalogue.standard().find(id).map(Indicator::definition);
    }

    /** The implied denominator of a ratio with a published count numerator, or why none can be stated. */
    private static Optional<Phrase> explain(ReportedValue r, IndicatorResult c) {
        ResultUnit unit = c.definition().unit();
        Optional<InputUsed> numerator = c.inputs().stream().filter(i -> i.role() == InputRole.NUMERATOR)
                .filter(i -> !i.isDerived()).findFirst();
        Optional<Quantity> x = c.numerator().filter(q -> q instanceof Count);
        double reportedRatio = r.value().doubleValue();
        Object note = r.denominatorNote().<Object>map(n -> Phrase.of("reconcile.note", n)).orElse("");
        if (unit == ResultUnit.PEOPLE || x.isEmpty() || numerator.isEmpty() || !(reportedRatio > 0)) {
            return Optional.of(Phrase.of("reconcile.no_implied", ReportedValue.inPublishedUnit(c.value().orElseThrow()),
                    r.publishedNumber(), note));
        }
        long count = ((Count) x.get()).value();
        double implied = count / reportedRatio;
        Object denominator = c.denominator().<Object>map(d -> d.doubleValue()).orElse("?");
        Object reportedText = unit == ResultUnit.PROPORTION ? Phrase.of("reconcile.percent", r.publishedNumber())
                : Double.valueOf(r.publishedNumber());
        return Optional.of(Phrase.of("reconcile.implied", reportedText, count,
                Phrase.of("reconcile.numerator", numerator.get().measure().code()),
                numerator.get().period().toString(), reportedRatio,
                new BigDecimal(implied).setScale(0, RoundingMode.HALF_EVEN).longValueExact(), denominator, note));
    }
}
