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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 *
 * <p>A denominator may be a count (people registered alive, people on ART, OST clients in total, sites) as well as
 * an estimate; a count has no range and gives no interval. Where the definition's value is itself published (a
 * cascade share of all PLHIV such as UNAIDS' "ART coverage 28 % (21–37 %)"), each published figure is a further
 * variant {@code published <measure>} whose value is the figure with its range, with level and target gaps.
 * An indicator may be limited to one subgroup (NSP coverage in prisons) or divide a subgroup by the total (the
 * share of OST clients treated in prisons).
 */
final class RatioIndicator extends DefinedIndicator {

    /** A denominator the indicator accepts, in order of preference; a proxy is flagged on its results. */
    record DenominatorOption(Measure measure, String label, boolean proxy) {
        DenominatorOption {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(label, "label");
        }
    }

    private final Measure numerator;
    private final List<DenominatorOption> denominators;
    private final Optional<Measure> published;
    private final Optional<Subgroup> numeratorSubgroup;
    private final Optional<Subgroup> denominatorSubgroup;

    RatioIndicator(IndicatorDefinition definition, Measure numerator, List<DenominatorOption> denominators) {
        this(definition, numerator, denominators, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A ratio indicator.
     *
     * @param published a measure holding the published value of the indicator itself (a share), reported as its
     *     own variant when present
     * @param numeratorSubgroup the one subgroup the numerator is taken from; empty: every subgroup with figures of
     *     the numerator, the denominator from the same subgroup
     * @param denominatorSubgroup the subgroup of the denominator when it differs from the numerator's (a part over
     *     its total); empty: the numerator's subgroup
     */
    RatioIndicator(IndicatorDefinition definition, Measure numerator, List<DenominatorOption> denominators,
            Optional<Measure> published, Optional<Subgroup> numeratorSubgroup,
            Optional<Subgroup> denominatorSubgroup) {
        super(definition, measures(numerator, denominators, published));
        this.numerator = Objects.requireNonNull(numerator, "numerator");
        this.denominators = List.copyOf(denominators);
        this.published = Objects.requireNonNull(published, "published");
        this.numeratorSubgroup = Objects.requireNonNull(numeratorSubgroup, "numeratorSubgroup");
        this.denominatorSubgroup = Objects.requireNonNull(denominatorSubgroup, "denominatorSubgroup");
        if (definition().unit() == ResultUnit.PEOPLE) {
            throw new IllegalArgumentException("A ratio indicator cannot have unit PEOPLE: " + definition().id());
        }
    }

    private static Set<Measure> measures(Measure numerator, List<DenominatorOption> denominators,
            Optional<Measure> published) {
        Set<Measure> all = new LinkedHashSet<>();
        all.add(numerator);
        denominators.forEach(d -> all.add(d.measure()));
        published.ifPresent(all::add);
        return all;
    }

    @Override
    public List<IndicatorResult> evaluate(Dataset data, Area area, int year, EvaluationSettings settings) {
        List<Subgroup> subgroups = numeratorSubgroup.map(List::of)
                .orElseGet(() -> Evaluation.subgroupsWith(data, area, numerator));
        List<IndicatorResult> results = new ArrayList<>();
        for (Subgroup subgroup : subgroups) {
            results.addAll(evaluate(new Evaluation(data, area, year, settings, subgroup), subgroup, year));
        }
        return results;
    }

    private List<IndicatorResult> evaluate(Evaluation ev, Subgroup subgroup, int year) {
        List<Observation> xs = ev.select(numerator);
        Subgroup denominatorGroup = denominatorSubgroup.orElse(subgroup);
        List<IndicatorResult> results = new ArrayList<>();
        for (DenominatorOption option : denominators) {
            List<Observation> ns = ev.select(option.measure(), denominatorGroup);
            if (ns.isEmpty()) {
                continue;
            }
            if (xs.isEmpty()) {
                results.add(ev.missing(definition(), option.label(), numerator.code()));
                continue;
            }
            for (Observation[] pair : Evaluation.pairs(xs, ns)) {
                String variant = option.label() + Evaluation.alternative(pair[0], xs)
                        + Evaluation.alternative(pair[1], ns);
                IndicatorResult.Builder b = ev.builder(definition(), variant);
                Evaluation.warnAlternatives(b, xs);
                Evaluation.warnAlternatives(b, ns);
                results.add(compute(ev, b, pair[0], pair[1], option, year));
            }
        }
        if (published.isPresent()) {
            List<Observation> shares = ev.select(published.get());
            for (Observation share : shares) {
                results.add(publishedShare(ev, share, shares, year));
            }
        }
        if (results.isEmpty()) {
            String names = denominators.stream().map(d -> d.measure().code()).collect(Collectors.joining(" or "));
            results.add(ev.missing(definition(), denominators.get(0).label(), "denominator (" + names + ")"
                    + published.map(p -> " or published " + p.code()).orElse("")));
        }
        return results;
    }

    /** The published value of the indicator itself, with its range, level and gaps. */
    private IndicatorResult publishedShare(Evaluation ev, Observation shareObs, List<Observation> shares, int year) {
        IndicatorResult.Builder b = ev.builder(definition(), "published " + shareObs.measure().code()
                + Evaluation.alternative(shareObs, shares));
        Evaluation.warnAlternatives(b, shares);
        ev.input(b, "published value: " + shareObs.measure().code(), shareObs);
        Evaluation.warnOnInputs(b, year, List.of(shareObs));
        double value = shareObs.value().doubleValue();
        for (Target t : definition().targets()) {
            b.gap(TargetGap.of(t, value));
        }
        Evaluation.warnUnconfirmedCut(b, value);
        return b.computed(shareObs.value());
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
        if (definition().unit() == ResultUnit.PROPORTION && bounds.upper() > 1) {
            b.warn(WarningCode.NUMERATOR_EXCEEDS_DENOMINATOR, "Upper plausible bound " + Format.percent(bounds.upper())
                    + " exceeds 100 %: numerator " + x.value() + " is above the low end " + Format.number(low)
                    + " of the denominator's range");
        }
    }

    private IndicatorResult compute(Evaluation ev, IndicatorResult.Builder b, Observation xObs, Observation nObs,
            DenominatorOption option, int year) {
        EvaluationSettings settings = ev.settings();
        Count x = (Count) xObs.value();
        Estimate n = nObs.value() instanceof Count c ? c.toEstimate() : (Estimate) nObs.value();
        ev.input(b, "numerator: " + xObs.measure().code(), xObs);
        ev.input(b, "denominator: " + nObs.measure().code(), nObs);
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
        if (definition().unit() == ResultUnit.PROPORTION && ratio > 1) {
            return b.notComputable(NotComputableReason.Code.NUMERATOR_EXCEEDS_DENOMINATOR,
                    "Numerator " + x.value() + " is above denominator " + Format.number(n.point()) + " ("
                            + Format.percent(ratio) + "): the size estimate is too low or describes another "
                            + "population or period");
        }
        n.interval().ifPresent(r -> addIntervals(b, x, n, r.lower(), settings));
        for (Target t : definition().targets()) {
            b.gap(TargetGap.ofRatio(t, x.value(), n.point()));
        }
        Evaluation.warnUnconfirmedCut(b, ratio);
        b.ratio(x, nObs.value());
        Quantity value = definition().unit() == ResultUnit.PROPORTION ? Proportion.ofFraction(ratio)
                : definition().unit() == ResultUnit.PER_SITE ? Estimate.of(ratio) : Rate.perPersonPerYear(ratio);
        return b.computed(value);
    }
}
