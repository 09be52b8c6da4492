package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Subgroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Estimated people living with undiagnosed HIV (SPEC §1): {@code U = P − D} with P the estimated people living with
 * HIV and D the people registered as living with HIV. When P has a range, U carries it:
 * {@code [P_low − D, P_high − D]} (exact, since D is a count). A negative U, at the point or at an end of the range,
 * is reported as a data inconsistency ({@link WarningCode#NEGATIVE_DIFFERENCE}), never clamped to 0.
 */
final class UndiagnosedHiv extends DefinedIndicator {
    UndiagnosedHiv(IndicatorDefinition definition) {
        super(definition, Set.of(Measure.PLHIV_ESTIMATE, Measure.REGISTERED_HIV_ALIVE));
    }

    @Override
    public List<IndicatorResult> evaluate(Dataset data, Area area, int year, EvaluationSettings settings) {
        Evaluation ev = new Evaluation(data, area, year, settings, Subgroup.TOTAL);
        List<Observation> estimates = ev.select(Measure.PLHIV_ESTIMATE);
        List<Observation> diagnosed = ev.select(Measure.REGISTERED_HIV_ALIVE);
        String label = "estimated PLHIV − registered alive";
        if (estimates.isEmpty() || diagnosed.isEmpty()) {
            String what = estimates.isEmpty() && diagnosed.isEmpty()
                    ? Measure.PLHIV_ESTIMATE.code() + " and " + Measure.REGISTERED_HIV_ALIVE.code()
                    : estimates.isEmpty() ? Measure.PLHIV_ESTIMATE.code() : Measure.REGISTERED_HIV_ALIVE.code();
            return List.of(ev.missing(definition(), label, what));
        }
        List<IndicatorResult> results = new ArrayList<>();
        for (Observation[] pair : Evaluation.pairs(estimates, diagnosed)) {
            IndicatorResult.Builder b = ev.builder(definition(), label + Evaluation.alternative(pair[0], estimates)
                    + Evaluation.alternative(pair[1], diagnosed));
            Evaluation.warnAlternatives(b, estimates);
            Evaluation.warnAlternatives(b, diagnosed);
            ev.input(b, "minuend: " + pair[0].measure().code(), pair[0]);
            ev.input(b, "subtrahend: " + pair[1].measure().code(), pair[1]);
            Evaluation.warnOnInputs(b, year, List.of(pair[0], pair[1]));
            results.add(difference(b, (Estimate) pair[0].value(), pair[1].value().doubleValue(),
                    "estimated PLHIV", "people registered alive"));
        }
        return results;
    }

    /**
     * {@code estimate − diagnosed}, the estimate's range carried through, negatives warned about. Shared with the
     * PWID version.
     */
    static IndicatorResult difference(IndicatorResult.Builder b, Estimate estimate, double diagnosed,
            String estimateName, String diagnosedName) {
        double point = estimate.point() - diagnosed;
        if (point < 0) {
            b.warn(WarningCode.NEGATIVE_DIFFERENCE, "The " + estimateName + " " + Format.number(estimate.point())
                    + " is below the " + diagnosedName + " " + Format.number(diagnosed) + ": difference "
                    + Format.number(point) + " (data inconsistency: the estimate is too low, or the register "
                    + "still counts people who died or left)");
        }
        estimate.interval().ifPresent(r -> {
            double low = r.lower() - diagnosed;
            b.interval(Interval.of(low, r.upper() - diagnosed, IntervalMethod.RANGE_PROPAGATION));
            if (low < 0 && point >= 0) {
                b.warn(WarningCode.NEGATIVE_DIFFERENCE, "The low end of the " + estimateName + " range "
                        + Format.number(r.lower()) + " is below the " + diagnosedName + " " + Format.number(diagnosed)
                        + ": lower bound " + Format.number(low));
            }
        });
        return b.computed(Estimate.of(point));
    }
}
