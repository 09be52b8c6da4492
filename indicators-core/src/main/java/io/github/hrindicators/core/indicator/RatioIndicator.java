package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.Quantity;
import io.github.hrindicators.core.Rate;
import io.github.hrindicators.core.Subgroup;
import io.github.hrindicators.core.uncertainty.CoverageIntervals;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An indicator {@code C = X / N}: a programme count X over an estimated population N (OST coverage,
 * needles-syringes per PWID, NSP reach, the first 95).
 *
 * <p>For each subgroup with figures of X, and each denominator option with figures: the point {@code X / N}; when N
 * has a range, the plausible bounds {@code [X / N_high, X / N_low]}, the log-scale delta interval and the Monte Carlo
 * interval of {@link CoverageIntervals} (SPEC §3); the level from the definition's
 * bands and the gap to each target, with the further X needed at the point of N. A zero N or, for a proportion,
 * {@code X > N} make the result not computable with that reason; an upper plausible bound above 100 % is kept and
 * warned about.
 */
final class RatioIndicator implements Indicator {

    /** A denominator the indicator accepts, in order of preference; a proxy is flagged on its results. */
    record DenominatorOption(Measure measure, String label, boolean proxy) {
        DenominatorOption {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(label, "label");
        }
    }

    private final IndicatorDefinition definition;
    private final Measure numerator;
    private final List<DenominatorOption> denominators;

    RatioIndicator(IndicatorDefinition definition, Measure numerator, List<DenominatorOption> denominators) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.numerator = Objects.requireNonNull(numerator, "numerator");
        this.denominators = List.copyOf(denominators);
        if (definition.unit() == ResultUnit.PEOPLE) {
            throw new IllegalArgumentException("A ratio indicator cannot have unit PEOPLE: " + definition.id());
        }
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    @Override
    public List<IndicatorResult> evaluate(Dataset data, Area area, int year, EvaluationSettings settings) {
        List<IndicatorResult> results = new ArrayList<>();
        for (Subgroup subgroup : Evaluation.subgroupsWith(data, area, numerator)) {
            results.addAll(evaluate(new Evaluation(data, area, year, settings, subgroup), year));
        }
        return results;
    }

    private List<IndicatorResult> evaluate(Evaluation ev, int year) {
        List<Observation> xs = ev.select(numerator);
        List<IndicatorResult> results = new ArrayList<>();
        for (DenominatorOption option : denominators) {
            List<Observation> ns = ev.select(option.measure());
            if (ns.isEmpty()) {
                continue;
            }
            if (xs.isEmpty()) {
                results.add(ev.missing(definition, option.label(), numerator.code()));
                continue;
            }
            for (Observation[] pair : Evaluation.pairs(xs, ns)) {
                String variant = option.label() + Evaluation.alternative(pair[0], xs)
                        + Evaluation.alternative(pair[1], ns);
                IndicatorResult.Builder b = ev.builder(definition, variant);
                Evaluation.warnAlternatives(b, xs);
                Evaluation.warnAlternatives(b, ns);
                results.add(compute(b, pair[0], pair[1], option, year, ev.settings()));
            }
        }
        if (results.isEmpty()) {
            String names = denominators.stream().map(d -> d.measure().code()).collect(Collectors.joining(" or "));
            results.add(ev.missing(definition, denominators.get(0).label(), "denominator (" + names + ")"));
        }
        return results;
    }

    /**
     * The intervals of {@code X / N} when N has a range: plausible bounds, the log-scale delta method (when X &gt; 0)
     * and Monte Carlo, in that order (SPEC §3), with the level, numerator model, draws and seed of the settings.
     */
    private void addIntervals(IndicatorResult.Builder b, Count x, Estimate n, double low,
            EvaluationSettings settings) {
        if (low == 0) {
            b.warn(WarningCode.NUMERATOR_EXCEEDS_DENOMINATOR,
                    "The denominator's range reaches 0: the ratio has no upper plausible bound");
            return;
        }
        Interval bounds = CoverageIntervals.plausibleBounds(x, n);
        b.interval(bounds);
        if (x.value() > 0) {
            b.interval(CoverageIntervals.deltaLog(x, n, settings.uncertainty()));
        }
        b.interval(CoverageIntervals.monteCarlo(x, n, settings.uncertainty()));
        if (definition.unit() == ResultUnit.PROPORTION && bounds.upper() > 1) {
            b.warn(WarningCode.NUMERATOR_EXCEEDS_DENOMINATOR, "Upper plausible bound " + Format.percent(bounds.upper())
                    + " exceeds 100 %: numerator " + x.value() + " is above the low end " + Format.number(low)
                    + " of the denominator's range");
        }
    }

    private IndicatorResult compute(IndicatorResult.Builder b, Observation xObs, Observation nObs,
            DenominatorOption option, int year, EvaluationSettings settings) {
        Count x = (Count) xObs.value();
        Estimate n = (Estimate) nObs.value();
        b.input(InputUsed.of("numerator: " + xObs.measure().code(), xObs))
                .input(InputUsed.of("denominator: " + nObs.measure().code(), nObs));
        Evaluation.warnOnInputs(b, year, List.of(xObs, nObs));
        if (option.proxy()) {
            b.warn(WarningCode.PROXY_DENOMINATOR, "The denominator is a proxy: " + nObs.measure().code()
                    + " stands in for " + denominators.get(0).measure().code());
        }
        if (n.point() == 0) {
            return b.notComputable(NotComputableReason.Code.ZERO_DENOMINATOR,
                    "Denominator " + nObs.measure().code() + " is 0");
        }
        double ratio = x.value() / n.point();
        if (definition.unit() == ResultUnit.PROPORTION && ratio > 1) {
            return b.notComputable(NotComputableReason.Code.NUMERATOR_EXCEEDS_DENOMINATOR,
                    "Numerator " + x.value() + " is above denominator " + Format.number(n.point()) + " ("
                            + Format.percent(ratio) + "): the size estimate is too low or describes another "
                            + "population or period");
        }
        n.range().ifPresent(r -> addIntervals(b, x, n, r.low(), settings));
        for (Target t : definition.targets()) {
            b.gap(TargetGap.ofRatio(t, x.value(), n.point()));
        }
        Evaluation.warnUnconfirmedCut(b, ratio);
        b.ratio(x, n);
        Quantity value = definition.unit() == ResultUnit.PROPORTION ? Proportion.ofFraction(ratio)
                : Rate.perPersonPerYear(ratio);
        return b.computed(value);
    }
}
