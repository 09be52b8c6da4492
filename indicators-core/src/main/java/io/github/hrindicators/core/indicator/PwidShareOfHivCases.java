package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.Subgroup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The PWID share of HIV cases (SPEC §1): cases whose transmission route is injecting drug use over all cases, and
 * over cases with a known route (ECDC/WHO-Europe practice), for each of three case bases: cumulative registered
 * cases, people registered as living with HIV, and new diagnoses.
 *
 * <p>For each base with any figure:
 * <ul>
 * <li>{@code all cases}: injecting count I / total T, when both are published; {@code I > T} is not computable;</li>
 * <li>{@code all cases, published share}: the published share s; when T is known the result also carries the
 * derived numerator {@code T × s} (e.g. 6,402 × 51.5 % = 3,297.03 PWID among people registered alive);</li>
 * <li>{@code cases with known route}: I / K with K the cases whose route is known.</li>
 * </ul>
 */
final class PwidShareOfHivCases extends DefinedIndicator {

    private enum Base {
        CUMULATIVE("cumulative registered cases", Measure.REGISTERED_HIV_CUMULATIVE,
                Measure.REGISTERED_HIV_CUMULATIVE_INJECTING, Measure.REGISTERED_HIV_CUMULATIVE_KNOWN_ROUTE,
                Measure.INJECTING_SHARE_REGISTERED_CUMULATIVE),
        ALIVE("people registered alive", Measure.REGISTERED_HIV_ALIVE, Measure.REGISTERED_HIV_ALIVE_INJECTING,
                Measure.REGISTERED_HIV_ALIVE_KNOWN_ROUTE, Measure.INJECTING_SHARE_REGISTERED_ALIVE),
        NEW_DIAGNOSES("new diagnoses", Measure.NEW_HIV_DIAGNOSES, Measure.NEW_HIV_DIAGNOSES_INJECTING,
                Measure.NEW_HIV_DIAGNOSES_KNOWN_ROUTE, Measure.INJECTING_SHARE_NEW_DIAGNOSES);

        final String label;
        final Measure total;
        final Measure injecting;
        final Measure knownRoute;
        final Measure share;

        Base(String label, Measure total, Measure injecting, Measure knownRoute, Measure share) {
            this.label = label;
            this.total = total;
            this.injecting = injecting;
            this.knownRoute = knownRoute;
            this.share = share;
        }
    }

    PwidShareOfHivCases(IndicatorDefinition definition) {
        super(definition, java.util.Arrays.stream(Base.values())
                .flatMap(b -> java.util.stream.Stream.of(b.total, b.injecting, b.knownRoute, b.share))
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }

    @Override
    public List<IndicatorResult> evaluate(Dataset data, Area area, int year, EvaluationSettings settings) {
        Evaluation ev = new Evaluation(data, area, year, settings, Subgroup.TOTAL);
        List<IndicatorResult> results = new ArrayList<>();
        for (Base base : Base.values()) {
            results.addAll(evaluate(ev, base, year));
        }
        if (results.isEmpty()) {
            results.add(ev.missing(definition(), "all bases",
                    "HIV case figures (registered, registered alive or new diagnoses, with an injecting count or "
                            + "share)"));
        }
        return results;
    }

    private List<IndicatorResult> evaluate(Evaluation ev, Base base, int year) {
        List<Observation> totals = ev.select(base.total);
        List<Observation> injecting = ev.select(base.injecting);
        List<Observation> known = ev.select(base.knownRoute);
        List<Observation> shares = ev.select(base.share);
        List<IndicatorResult> results = new ArrayList<>();
        if (totals.isEmpty() && injecting.isEmpty() && known.isEmpty() && shares.isEmpty()) {
            return results;
        }
        String allCases = base.label + ": all cases";
        if (!injecting.isEmpty()) {
            if (totals.isEmpty()) {
                results.add(ev.missing(definition(), allCases, base.total.code()));
            }
            for (Observation[] pair : Evaluation.pairs(injecting, totals)) {
                results.add(countShare(ev, allCases, pair, injecting, totals, year));
            }
        }
        for (Observation share : shares) {
            results.addAll(publishedShare(ev, base, share, shares, totals, year));
        }
        if (!injecting.isEmpty() && !known.isEmpty()) {
            for (Observation[] pair : Evaluation.pairs(injecting, known)) {
                results.add(countShare(ev, base.label + ": cases with known route", pair, injecting, known, year));
            }
        }
        if (injecting.isEmpty() && shares.isEmpty()) {
            results.add(ev.missing(definition(), allCases, base.injecting.code() + " or " + base.share.code()));
        }
        return results;
    }

    private IndicatorResult countShare(Evaluation ev, String label, Observation[] pair, List<Observation> parts,
            List<Observation> wholes, int year) {
        Observation partObs = pair[0];
        Observation wholeObs = pair[1];
        IndicatorResult.Builder b = ev.builder(definition(), label + Evaluation.alternative(partObs, parts)
                + Evaluation.alternative(wholeObs, wholes));
        Evaluation.warnAlternatives(b, parts);
        Evaluation.warnAlternatives(b, wholes);
        ev.input(b, "numerator: " + partObs.measure().code(), partObs);
        ev.input(b, "denominator: " + wholeObs.measure().code(), wholeObs);
        Evaluation.warnOnInputs(b, year, List.of(partObs, wholeObs));
        Count part = (Count) partObs.value();
        Count whole = (Count) wholeObs.value();
        if (whole.value() == 0) {
            return b.notComputable(NotComputableReason.Code.ZERO_DENOMINATOR,
                    "Denominator " + wholeObs.measure().code() + " is 0");
        }
        if (part.value() > whole.value()) {
            return b.notComputable(NotComputableReason.Code.NUMERATOR_EXCEEDS_DENOMINATOR,
                    "Cases with injecting route " + part + " are more than " + wholeObs.measure().code() + " "
                            + whole + ": the figures are inconsistent");
        }
        return b.ratio(part, whole).computed(Proportion.of(part, whole));
    }

    private List<IndicatorResult> publishedShare(Evaluation ev, Base base, Observation shareObs,
            List<Observation> shares, List<Observation> totals, int year) {
        String label = base.label + ": all cases, published share" + Evaluation.alternative(shareObs, shares);
        Proportion share = (Proportion) shareObs.value();
        String shareRole = "published share: " + shareObs.measure().code();
        List<IndicatorResult> results = new ArrayList<>();
        if (totals.isEmpty()) {
            IndicatorResult.Builder b = ev.builder(definition(), label);
            ev.input(b, shareRole, shareObs);
            Evaluation.warnAlternatives(b, shares);
            Evaluation.warnOnInputs(b, year, List.of(shareObs));
            results.add(b.computed(share));
            return results;
        }
        for (Observation[] pair : Evaluation.pairs(List.of(shareObs), totals)) {
            Observation totalObs = pair[1];
            IndicatorResult.Builder b = ev.builder(definition(), label + Evaluation.alternative(totalObs, totals));
            Evaluation.warnAlternatives(b, shares);
            Evaluation.warnAlternatives(b, totals);
            InputUsed shareInput = ev.input(b, shareRole, shareObs);
            InputUsed totalInput = ev.input(b, "denominator: " + totalObs.measure().code(), totalObs);
            double derived = totalObs.value().doubleValue() * share.toFraction();
            String derivation = Format.number(totalObs.value().doubleValue()) + " × "
                    + Format.percent(share.toFraction()) + " = " + Format.number(derived);
            Estimate numerator = Estimate.of(derived);
            b.input(InputUsed.derived("numerator (derived): PWID among "
                    + base.label, numerator, totalObs.period(), derivation, List.of(totalInput, shareInput)));
            b.warn(WarningCode.DERIVED_INPUT, "PWID among " + base.label + " derived from the published share: "
                    + derivation);
            Evaluation.warnOnInputs(b, year, List.of(shareObs, totalObs));
            results.add(b.ratio(numerator, totalObs.value()).computed(share));
        }
        return results;
    }
}
