package io.github.hrindicators.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.reconcile.ReportedValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportedIndicatorsTest {

    @Test
    void bundledValuesAreReadWithTheirPublishedPrecision() {
        List<ReportedValue> values = ReportedIndicators.bundled();
        // kyrgyzstan-reported-indicators.csv: 8 needles-syringes values (2011-2018), 4 OST coverage values (2015-2018)
        assertThat(values).hasSize(12);
        assertThat(values).filteredOn(v -> v.indicatorId().equals("needles_syringes_per_pwid")).hasSize(8);
        ReportedValue ost2016 = values.stream().filter(v -> v.indicatorId().equals("ost_coverage")
                && v.year() == 2016).findFirst().orElseThrow();
        assertThat(ost2016.value().doubleValue()).isCloseTo(0.048, within(1e-12)); // "4.8" percent
        assertThat(ost2016.decimals()).isEqualTo(1);
        assertThat(ost2016.source().citation()).startsWith("UNAIDS AIDSinfo, Global AIDS Monitoring 2019");
        ReportedValue nsp2011 = values.get(0);
        assertThat(nsp2011.publishedNumber()).isEqualTo(151.0);
        assertThat(nsp2011.denominatorNote()).contains("UNAIDS PWID size estimate for the year: 25000");
        assertThat(values.get(1).denominatorNote()).isEmpty(); // "denominator not stated"
    }

    @Test
    void unknownIndicatorCodeIsRefused() {
        String csv = "indicator,value,unit,year,geography,denominator_note,source\n"
                + "nsp_reach_pct,40,%,2016,Kyrgyzstan,,somewhere\n";
        assertThatThrownBy(() -> ReportedIndicators.read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2")
                .hasMessageContaining("nsp_reach_pct");
    }
}
