package io.github.hrindicators.io;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Quantity;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.Subgroup;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds duplicate figures (same measure, period, area, subgroup and source, same value) and conflicting figures
 * (the same but a different value). Figures that differ only by source are legitimate alternatives and pass.
 */
final class DuplicateCheck {
    private record Key(Measure measure, ReferencePeriod period, Area area, Subgroup subgroup, Source source) {
    }

    private record Seen(long line, Quantity value) {
    }

    private final Map<Key, Seen> seen = new HashMap<>();
    private final ProblemList problems;

    DuplicateCheck(ProblemList problems) {
        this.problems = problems;
    }

    /** Records a figure read at a line; reports it if it repeats or contradicts an earlier one. */
    void check(Observation o, long line, String field) {
        Key key = new Key(o.measure(), o.period(), o.area(), o.subgroup(), o.source());
        Seen first = seen.putIfAbsent(key, new Seen(line, o.value()));
        if (first == null) {
            return;
        }
        String what = "same measure, period, area, subgroup and source as line " + first.line();
        if (first.value().equals(o.value())) {
            problems.add(new Problem(Problem.Kind.DUPLICATE, problems.file(), line, 0, field, o.value().toString(),
                    "duplicates a figure: " + what + " and the same value; remove one"));
        } else {
            problems.add(new Problem(Problem.Kind.CONFLICT, problems.file(), line, 0, field, o.value().toString(),
                    "conflicts with a figure: " + what + " but value " + first.value()
                            + "; one source cannot give two values (different sources may: keep each with its own"
                            + " source)"));
        }
    }
}
