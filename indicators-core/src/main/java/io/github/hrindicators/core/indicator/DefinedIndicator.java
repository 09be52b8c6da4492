package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Measure;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** The parts every indicator of this package has: its definition and the measures it reads. */
abstract class DefinedIndicator implements Indicator {
    private final IndicatorDefinition definition;
    private final Set<Measure> inputMeasures;

    DefinedIndicator(IndicatorDefinition definition, Set<Measure> inputMeasures) {
        this.definition = Objects.requireNonNull(definition, "definition");
        Set<Measure> all = new LinkedHashSet<>(inputMeasures);
        if (all.contains(Measure.REGISTERED_HIV_ALIVE)) {
            // people registered alive may be derived from these (Evaluation#select)
            all.add(Measure.REGISTERED_HIV_CUMULATIVE);
            all.add(Measure.REGISTERED_HIV_DEATHS_CUMULATIVE);
        }
        this.inputMeasures = Collections.unmodifiableSet(all);
    }

    @Override
    public final IndicatorDefinition definition() {
        return definition;
    }

    @Override
    public final Set<Measure> inputMeasures() {
        return inputMeasures;
    }
}
