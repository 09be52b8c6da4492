package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Subgroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Estimated PWID living with undiagnosed HIV (SPEC §1, "one level down"): {@code U = S × p − D} with S the PWID
 * size estimate, p the HIV prevalence among PWID and D the diagnosed PWID living with HIV: a direct count
 * ({@code registered_hiv_alive_injecting}) or, derived, people registered alive × their published injecting share.
 *
 * <p>When S or p has a range, the estimated PWID living with HIV gets the range {@code [S_low × p_low,
 * S_high × p_high]} (the ends of an input without a range are its point), and U the range minus D. A negative U is
 * reported ({@link WarningCode#NEGATIVE_DIFFERENCE}), never clamped.
 */
final class UndiagnosedHivPwid extends DefinedIndicator {
    UndiagnosedHivPwid(IndicatorDefinition definition) {
        super(definition, Set.of(Measure.PWID_POPULATION_SIZE, Measure.HIV_PREVALENCE_PWID,
                Measure.REGISTERED_HIV_ALIVE_INJECTING, Measure.REGISTERED_HIV_ALIVE,
                Measure.INJECTING_SHARE_REGISTERED_ALIVE));
    }

    @Override
    public List<IndicatorResult> evaluate(Dataset data, Area area, int year, EvaluationSettings settings) {
        Evaluation ev = new Evaluation(data, area, year, settings, Subgroup.TOTAL);
        List<Observation> sizes = ev.select(Measure.PWID_POPULATION_SIZE);
        List<Observation> prevalences = ev.select(Measure.HIV_PREVALENCE_PWID);
        List<Diagnosed> diagnosed = diagnosed(ev);
        String label = "PWID size × prevalence − diagnosed PWID";
        List<String> missing = new ArrayList<>();
        if (sizes.isEmpty()) {
            missing.add(Measure.PWID_POPULATION_SIZE.code());
        }
        if (prevalences.isEmpty()) {
            missing.add(Measure.HIV_PREVALENCE_PWID.code());
        }
        if (diagnosed.isEmpty()) {
            missing.add(Measure.REGISTERED_HIV_ALIVE_INJECTING.code() + " (or " + Measure.REGISTERED_HIV_ALIVE.code()
                    + " with " + Measure.INJECTING_SHARE_REGISTERED_ALIVE.code() + ")");
        }
        if (!missing.isEmpty()) {
            return List.of(ev.missing(definition(), label, String.join(", ", missing)));
        }
        List<IndicatorResult> results = new ArrayList<>();
        for (Observation size : sizes) {
            for (Observation prevalence : prevalences) {
                for (Diagnosed d : diagnosed) {
                    results.add(compute(ev, label + Evaluation.alternative(size, sizes)
                            + Evaluation.alternative(prevalence, prevalences) + d.label, size, prevalence, d,
                            sizes, prevalences, year));
                }
            }
        }
        return results;
    }

    private IndicatorResult compute(Evaluation ev, String label, Observation sizeObs, Observation prevObs,
            Diagnosed d, List<Observation> sizes, List<Observation> prevalences, int year) {
        IndicatorResult.Builder b = ev.builder(definition(), label);
        Evaluation.warnAlternatives(b, sizes);
        Evaluation.warnAlternatives(b, prevalences);
        Estimate size = (Estimate) sizeObs.value();
        Proportion prevalence = (Proportion) prevObs.value();
        InputUsed sizeInput = ev.input(b, "PWID size", sizeObs);
        InputUsed prevInput = ev.input(b, "HIV prevalence among PWID", prevObs);
        double point = size.point() * prevalence.toFraction();
        boolean ranged = size.interval().isPresent() || prevalence.interval().isPresent();
        double low = size.lowOrPoint() * prevalence.interval().map(r -> r.lower()).orElse(prevalence.toFraction());
        double high = size.highOrPoint() * prevalence.interval().map(r -> r.upper()).orElse(prevalence.toFraction());
        Estimate living = ranged ? Estimate.of(point, low, high, IntervalMethod.RANGE_PROPAGATION) : Estimate.of(point);
        String derivation = Format.number(size.point()) + " × " + Format.percent(prevalence.toFraction()) + " = "
                + Format.number(point);
        b.input(InputUsed.derived("minuend (derived): estimated PWID living "
                + "with HIV", living, sizeObs.period(), derivation, List.of(sizeInput, prevInput)));
        b.inputs(d.inputs);
        d.derivation.ifPresent(text -> b.warn(WarningCode.DERIVED_INPUT, "Diagnosed PWID derived: " + text));
        List<Observation> used = new ArrayList<>(List.of(sizeObs, prevObs));
        used.addAll(d.observations);
        d.observations.forEach(o -> ev.warningsFor(b, o));
        Evaluation.warnOnInputs(b, year, used);
        return UndiagnosedHiv.difference(b, living, d.value, "estimated PWID living with HIV",
                "diagnosed PWID living with HIV");
    }

    /** Diagnosed PWID living with HIV: a count, or derived from registered alive × share. */
    private record Diagnosed(double value, String label, List<InputUsed> inputs, List<Observation> observations,
            java.util.Optional<String> derivation) {
    }

    private static List<Diagnosed> diagnosed(Evaluation ev) {
        List<Diagnosed> found = new ArrayList<>();
        List<Observation> counts = ev.select(Measure.REGISTERED_HIV_ALIVE_INJECTING);
        for (Observation c : counts) {
            found.add(new Diagnosed(c.value().doubleValue(), Evaluation.alternative(c, counts),
                    ev.inputsFor("subtrahend: " + c.measure().code(), c), List.of(c),
                    java.util.Optional.empty()));
        }
        if (!found.isEmpty()) {
            return found;
        }
        List<Observation> alive = ev.select(Measure.REGISTERED_HIV_ALIVE);
        List<Observation> shares = ev.select(Measure.INJECTING_SHARE_REGISTERED_ALIVE);
        if (alive.isEmpty() || shares.isEmpty()) {
            return found;
        }
        for (Observation[] pair : Evaluation.pairs(alive, shares)) {
            double share = ((Proportion) pair[1].value()).toFraction();
            double value = pair[0].value().doubleValue() * share;
            String derivation = Format.number(pair[0].value().doubleValue()) + " × " + Format.percent(share) + " = "
                    + Format.number(value);
            List<InputUsed> inputs = new ArrayList<>(ev.inputsFor("registered alive", pair[0]));
            InputUsed aliveInput = inputs.get(inputs.size() - 1);
            InputUsed shareInput = ev.inputsFor("injecting share of registered alive", pair[1]).get(0);
            inputs.add(shareInput);
            inputs.add(InputUsed.derived("subtrahend (derived): diagnosed PWID living "
                            + "with HIV", Estimate.of(value), pair[0].period(), derivation,
                            List.of(aliveInput, shareInput)));
            found.add(new Diagnosed(value, Evaluation.alternative(pair[0], alive)
                    + Evaluation.alternative(pair[1], shares), inputs,
                    List.of(pair[0], pair[1]), java.util.Optional.of(derivation)));
        }
        return found;
    }
}
