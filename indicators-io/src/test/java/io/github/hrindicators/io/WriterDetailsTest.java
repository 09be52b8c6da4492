package io.github.hrindicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.ReferencePeriod;
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
        // 0.013 is written 1.3 (the decimal point moved, not 0.013 × 100 = 1.3000000000000003), and 1.3 % reads
        // back as the double nearest 0.013, so the whole figure is in percent
        Observation o = share(Proportion.ofFraction(0.5, 0.013, 0.9, IntervalMethod.PUBLISHED_MIN_MAX));
        assertThat(csvLine(o)).isEqualTo("hiv_prevalence_pwid,50,percent,1.3,90,min_max,2016,Kyrgyzstan,,,,,s,");
        assertThat(FigureWritersTest.csvRoundTrip(Dataset.of(o))).isEqualTo(Dataset.of(o));
        // 14.3 % read from a file is the double nearest 0.143, not 14.3 / 100 = 0.14300000000000002
        assertThat(Proportion.ofPercent(14.3).toFraction()).isEqualTo(0.143);
    }

    @Test
    void wholeNumbersBelowTenToTheFifteenHaveNoDecimalPoint() {
        assertThat(FigureTexts.number(999_999_999_999_999.0)).isEqualTo("999999999999999");
        assertThat(FigureTexts.number(1e15)).isEqualTo("1000000000000000");
        assertThat(FigureTexts.number(-25000.0)).isEqualTo("-25000");
        assertThat(FigureTexts.number(0.5)).isEqualTo("0.5");
        Observation big = Observation.of(Measure.PLHIV_ESTIMATE, Estimate.of(1e15), ReferencePeriod.ofYear(2016), KG,
                Source.of("s"));
        assertThat(csvLine(big)).startsWith("plhiv_estimate,1000000000000000,,");
        assertThat(FigureWritersTest.csvRoundTrip(Dataset.of(big))).isEqualTo(Dataset.of(big));
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
