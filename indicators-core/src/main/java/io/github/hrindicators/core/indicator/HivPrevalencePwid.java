package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.Subgroup;
import io.github.hrindicators.core.uncertainty.BinomialIntervals;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * HIV prevalence among PWID (GAM): {@code p = x / n} with x the PWID testing HIV-positive and n the PWID tested in
 * a bio-behavioural survey or sentinel round ({@code 0 <= x <= n}, {@code n >= 1}), with the binomial interval of
 * the settings' {@link io.github.hrindicators.core.uncertainty.BinomialMethod} (Wilson by default) at the settings'
 * confidence level; when the survey's design effect deff is given, the interval is computed for the effective
 * sample n / deff ({@link BinomialIntervals}; Brown, Cai &amp; DasGupta 2001; Kish 1965). Variant
 * {@code survey sample}.
 *
 * <p>A published prevalence ({@code hiv_prevalence_pwid}) is a further variant, {@code published prevalence}: its
 * value is the published share with its published range. Each subgroup with figures gets its results.
 */
final class HivPrevalencePwid extends DefinedIndicator {
    private static final String SAMPLE = "survey sample";
    private static final String PUBLISHED = "published prevalence";

    HivPrevalencePwid(IndicatorDefinition definition) {
        super(definition, Set.of(Measure.HIV_POSITIVE_PWID_SURVEY, Measure.HIV_TESTED_PWID_SURVEY,
                Measure.HIV_SURVEY_DESIGN_EFFECT, Measure.HIV_PREVALENCE_PWID));
    }

    @Override
    public List<IndicatorResult> evaluate(Dataset data, Area area, int year, EvaluationSettings settings) {
        List<IndicatorResult> results = new ArrayList<>();
        for (Subgroup subgroup : Evaluation.subgroupsWith(data, area, Measure.HIV_POSITIVE_PWID_SURVEY,
                Measure.HIV_TESTED_PWID_SURVEY, Measure.HIV_PREVALENCE_PWID)) {
            results.addAll(evaluate(new Evaluation(data, area, year, settings, subgroup), year));
        }
        return results;
    }

    private List<IndicatorResult> evaluate(Evaluation ev, int year) {
        List<Observation> positives = ev.select(Measure.HIV_POSITIVE_PWID_SURVEY);
        List<Observation> tested = ev.select(Measure.HIV_TESTED_PWID_SURVEY);
        List<Observation> published = ev.select(Measure.HIV_PREVALENCE_PWID);
        List<IndicatorResult> results = new ArrayList<>();
        if (positives.isEmpty() != tested.isEmpty()) {
            results.add(ev.missing(definition(), SAMPLE, positives.isEmpty()
                    ? Measure.HIV_POSITIVE_PWID_SURVEY.code() : Measure.HIV_TESTED_PWID_SURVEY.code()));
        }
        List<Optional<Observation>> deffs = ev.select(Measure.HIV_SURVEY_DESIGN_EFFECT).stream().map(Optional::of)
                .toList();
        for (Observation[] pair : Evaluation.pairs(positives, tested)) {
            for (Optional<Observation> deff : deffs.isEmpty() ? List.of(Optional.<Observation>empty()) : deffs) {
                String variant = SAMPLE + Evaluation.alternative(pair[0], positives)
                        + Evaluation.alternative(pair[1], tested)
                        + deff.map(d -> Evaluation.alternative(d, ev.select(d.measure()))).orElse("");
                IndicatorResult.Builder b = ev.builder(definition(), variant);
                Evaluation.warnAlternatives(b, positives);
                Evaluation.warnAlternatives(b, tested);
                results.add(sample(ev, b, pair[0], pair[1], deff, year));
            }
        }
        for (Observation p : published) {
            IndicatorResult.Builder b = ev.builder(definition(), PUBLISHED + Evaluation.alternative(p, published));
            Evaluation.warnAlternatives(b, published);
            ev.input(b, "published prevalence: " + p.measure().code(), p);
            Evaluation.warnOnInputs(b, year, List.of(p));
            results.add(b.computed(p.value()));
        }
        if (results.isEmpty()) {
            results.add(ev.missing(definition(), SAMPLE, Measure.HIV_POSITIVE_PWID_SURVEY.code() + " with "
                    + Measure.HIV_TESTED_PWID_SURVEY.code() + ", or " + Measure.HIV_PREVALENCE_PWID.code()));
        }
        return results;
    }

    private IndicatorResult sample(Evaluation ev, IndicatorResult.Builder b, Observation xObs, Observation nObs,
            Optional<Observation> deffObs, int year) {
        ev.input(b, "numerator: " + xObs.measure().code(), xObs);
        ev.input(b, "denominator: " + nObs.measure().code(), nObs);
        deffObs.ifPresent(d -> ev.input(b, "design effect: " + d.measure().code(), d));
        List<Observation> used = new ArrayList<>(List.of(xObs, nObs));
        deffObs.ifPresent(used::add);
        Evaluation.warnOnInputs(b, year, used);
        Count x = (Count) xObs.value();
        Count n = (Count) nObs.value();
        if (n.value() == 0) {
            return b.notComputable(NotComputableReason.Code.ZERO_DENOMINATOR, "No PWID tested: "
                    + nObs.measure().code() + " is 0");
        }
        if (x.value() > n.value()) {
            return b.notComputable(NotComputableReason.Code.NUMERATOR_EXCEEDS_DENOMINATOR, "PWID testing positive "
                    + x + " are more than PWID tested " + n + ": the figures are inconsistent");
        }
        double deff = deffObs.map(d -> d.value().doubleValue()).orElse(1.0);
        if (!(deff >= 1)) {
            return b.notComputable(NotComputableReason.Code.INVALID_INPUT, "Design effect is below 1: "
                    + Format.number(deff) + " (" + deffObs.orElseThrow().period() + ")");
        }
        b.interval(BinomialIntervals.interval(x.value(), n.value(), deff, ev.settings().binomialMethod(),
                ev.settings().uncertainty().confidenceLevel()));
        return b.ratio(x, n).computed(Proportion.of(x, n));
    }
}
