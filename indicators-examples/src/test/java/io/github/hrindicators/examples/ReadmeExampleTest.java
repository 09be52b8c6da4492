package io.github.hrindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.core.indicator.StandardIndicators;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The first example of README.md, compiled and run, with the output README.md shows. */
class ReadmeExampleTest {

    static void firstExample() {
        // --- README first example: begin ---
        Area kg = Area.of("Kyrgyzstan");
        Dataset data = Dataset.of(
                Observation.of(Measure.OST_CLIENTS, Count.of(1505), ReferencePeriod.ofYear(2016), kg,
                        Source.of("Liberman et al. 2024, Glob Health Econ Sustain 2(4), Table 1")),
                Observation.of(Measure.PWID_POPULATION_SIZE, Estimate.of(25000), ReferencePeriod.ofYear(2013), kg,
                        Source.of("Sputnik Kyrgyzstan, 20 Mar 2015, citing ICAP")));
        IndicatorResult r = StandardIndicators.OST_COVERAGE.evaluate(data, kg, 2016).get(0);
        System.out.println(r.value().orElseThrow() + ", " + r.level().orElseThrow() + ", " + r.variant().label());
        r.gaps().forEach(g -> System.out.println(g.target().label() + ": " + g.additionalNumerator().orElse(0) + " more"));
        r.warnings().forEach(w -> System.out.println(w.code() + ": " + w.message()));
        // --- README first example: end ---
    }

    @Test
    void printsWhatTheReadmeShows() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            firstExample();
        } finally {
            System.setOut(old);
        }
        // hand: 1505 / 25000 = 6.02 %; 0.40 × 25000 - 1505 = 8495; 0.50 × 25000 - 1505 = 10995
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines(String.join("\n",
                "6.02 %, LOW, denominator: PWID size (proxy)",
                "UNAIDS Indicator Registry, older (40 %): 8495 more",
                "UNAIDS 2025 (50 %): 10995 more",
                "MIXED_YEARS: Inputs from different years combined for 2016: ost_clients 2016, pwid_population_size 2013",
                "PROXY_DENOMINATOR: The denominator is a proxy: pwid_population_size stands in for "
                        + "opioid_dependent_pwid_size",
                ""));
    }
}
