package io.github.hrindicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Source;
import java.io.BufferedWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exact texts the figure writers choose, and what they leave in the caller's writer. */
class WriterDetailsTest {
    static final Area KG = Area.of("Kyrgyzstan");

    static Observation share(Proportion p) {
        return Observation.of(Measure.HIV_PREVALENCE_PWID, p, ReferencePeriod.ofYear(2016), KG, Source.of("s"));
    }

    static String csvLine(Observation o) {
        StringWriter w = new StringWriter();
        CsvFigureWriter.write(Dataset.of(o), w);
        return w.toString().lines().skip(1).findFirst().orElseThrow();
    }

    @Test
    void sharesAreInPercentOnlyWhenEveryNumberReadsBack() {
        // 100 % is a share in percent (100 / 100 = 1 exactly)
        assertThat(csvLine(share(Proportion.ofFraction(1)))).isEqualTo("hiv_prevalence_pwid,100,percent,,,,2016,"
                + "Kyrgyzstan,,,,,s,");
        // 0.013 × 100 = 1.3, but 1.3 / 100 = 0.013000000000000001: the range's low end forces fractions
        Observation o = share(Proportion.ofFraction(0.5, 0.013, 0.9, IntervalMethod.PUBLISHED_MIN_MAX));
        assertThat(csvLine(o)).isEqualTo("hiv_prevalence_pwid,0.5,fraction,0.013,0.9,min_max,2016,Kyrgyzstan,,,,,s,");
        assertThat(FigureWritersTest.csvRoundTrip(Dataset.of(o))).isEqualTo(Dataset.of(o));
        Observation high = share(Proportion.ofFraction(0.005, 0.001, 0.013, IntervalMethod.PUBLISHED_MIN_MAX));
        assertThat(csvLine(high)).startsWith("hiv_prevalence_pwid,0.005,fraction,0.001,0.013,");
    }

    @Test
    void wholeNumbersBelowTenToTheFifteenHaveNoDecimalPoint() {
        assertThat(FigureTexts.number(999_999_999_999_999.0)).isEqualTo("999999999999999");
        assertThat(FigureTexts.number(1e15)).isEqualTo("1.0E15");
        assertThat(FigureTexts.number(-25000.0)).isEqualTo("-25000");
        assertThat(FigureTexts.number(0.5)).isEqualTo("0.5");
        Observation big = Observation.of(Measure.PLHIV_ESTIMATE, Estimate.of(1e15), ReferencePeriod.ofYear(2016), KG,
                Source.of("s"));
        assertThat(csvLine(big)).startsWith("plhiv_estimate,1.0E15,,");
    }

    @Test
    void jsonKeepsEveryMetadataField() {
        DatasetDocument d = new DatasetDocument(new DatasetMetadata(Optional.of("T"), Optional.of("About it"),
                Optional.of("CC-BY-4.0"), Optional.of(KG)), Dataset.of(share(Proportion.ofPercent(12.4))));
        StringWriter w = new StringWriter();
        JsonFigureWriter.write(d, w);
        assertThat(w.toString()).contains("\"description\" : \"About it\"");
        assertThat(FigureWritersTest.jsonRoundTrip(d)).isEqualTo(d);
    }

    @Test
    void everythingIsInTheCallersWriterWithoutClosingIt() throws Exception {
        StringWriter target = new StringWriter();
        BufferedWriter buffered = new BufferedWriter(target);
        CsvFigureWriter.write(Dataset.of(share(Proportion.ofPercent(12.4))), buffered);
        // flushed through the caller's buffer, which stays open for more
        assertThat(target.toString()).startsWith("measure,value,").endsWith(",s,\n");
        buffered.write("# end\n");
        buffered.flush();
        assertThat(target.toString()).endsWith(",s,\n# end\n");
    }
}
