package io.github.hrindicators.core.records;

import io.github.hrindicators.core.AgeScheme;
import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.Subgroup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns breakdowns into figures: the total, one figure per subgroup of a single dimension, one per area. */
final class Figures {
    private Figures() {
    }

    static List<Observation> of(Measure measure, Breakdown b, ReferencePeriod period, Area country, Source source) {
        List<Observation> out = new ArrayList<>();
        out.add(Observation.of(measure, Count.of(b.total()), period, country, source));
        b.byGender().forEach((g, n) -> out.add(sub(measure, n, period, country, source, Subgroup.TOTAL.withGender(g))));
        Set<io.github.hrindicators.core.AgeBand> bands = new LinkedHashSet<>();
        for (AgeScheme s : b.ageSchemes()) {
            b.byAgeBand(s).forEach((band, n) -> {
                if (bands.add(band)) {
                    out.add(sub(measure, n, period, country, source, Subgroup.TOTAL.withAgeBand(band)));
                }
            });
        }
        b.byProviderType().forEach((t, n) -> out.add(sub(measure, n, period, country, source,
                Subgroup.TOTAL.withProviderType(t))));
        b.bySetting().forEach((s, n) -> out.add(sub(measure, n, period, country, source, Subgroup.of(s))));
        for (Map.Entry<Area, Long> e : b.byArea().entrySet()) {
            Area a = e.getKey();
            if (a.equals(country)) {
                continue;
            }
            Area within = a.parent().isPresent() ? a : a.withParent(country);
            out.add(Observation.of(measure, Count.of(e.getValue()), period, within, source));
        }
        return out;
    }

    private static Observation sub(Measure measure, long n, ReferencePeriod period, Area area, Source source,
            Subgroup subgroup) {
        return Observation.of(measure, Count.of(n), period, area, source).withSubgroup(subgroup);
    }
}
