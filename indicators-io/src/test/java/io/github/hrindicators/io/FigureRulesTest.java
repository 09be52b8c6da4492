package io.github.hrindicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.IntervalMethod;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of the module README for one figure, each on a one-row CSV file: what is refused with which problem
 * (file, line, column, field, text and message), and the limits that are still accepted.
 */
class FigureRulesTest {
    static final String HEADER = "measure,value,unit,low,high,range_kind,period,area,setting,gender,age_band,source\n";

    static Dataset csv(String rows) {
        return CsvFigureReader.defaults().read(new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)),
                "rules.csv");
    }

    static Observation single(String row) {
        Dataset d = csv(row + "\n");
        assertThat(d.size()).isEqualTo(1);
        return d.observations().iterator().next();
    }

    static Stream<Arguments> refusedRows() {
        return Stream.of(
                Arguments.of("plhiv_estimate,8500,,,,min_max,2016,Kyrgyzstan,,,,s",
                        "rules.csv, line 2, column 6 (range_kind): 'min_max' is given without a range; give low and "
                                + "high, or no range_kind"),
                Arguments.of("ost_clients,1505,,1000,2000,,2016,Kyrgyzstan,,,,s",
                        "rules.csv, line 2, column 4 (low): '1000' is a range, but a count takes none; only estimates"
                                + " and shares have a range"),
                Arguments.of("ost_clients,1505,,,2000,,2016,Kyrgyzstan,,,,s",
                        "rules.csv, line 2, column 5 (high): '2000' is a range, but a count takes none"),
                Arguments.of("plhiv_estimate,8500,,6300,,,2016,Kyrgyzstan,,,,s",
                        "rules.csv, line 2, column 5 (high): is empty; a range needs both low and high"),
                Arguments.of("plhiv_estimate,8500,,,11000,,2016,Kyrgyzstan,,,,s",
                        "rules.csv, line 2, column 4 (low): is empty; a range needs both low and high"),
                Arguments.of("plhiv_estimate,8500,,6300,11000,minmax,2016,Kyrgyzstan,,,,s",
                        "rules.csv, line 2, column 6 (range_kind): 'minmax' is not a known range_kind; expected one "
                                + "of plausible_bounds, confidence_interval_95, uncertainty_interval_95, min_max, "
                                + "unspecified; did you mean 'min_max'?"),
                Arguments.of("plhiv_estimate,8500,,6 300,11000,,2016,Kyrgyzstan,,,,s",
                        "rules.csv, line 2, column 4 (low): '6 300' " + FigureConverter.NUMBER_EXPECTED),
                Arguments.of("plhiv_estimate,8500,,6300,11 000,,2016,Kyrgyzstan,,,,s",
                        "rules.csv, line 2, column 5 (high): '11 000' " + FigureConverter.NUMBER_EXPECTED),
                Arguments.of("plhiv_estimate,0,,-1,11000,,2016,Kyrgyzstan,,,,s",
                        "rules.csv, line 2, column 4 (low): '-1' is negative; a range of an estimate or share is at "
                                + "least 0"),
                Arguments.of("hiv_prevalence_pwid,14,percent,7,100.5,,2016,Kyrgyzstan,,,,s",
                        "rules.csv, line 2, column 5 (high): '100.5' is above 100 %; a share in percent is within "
                                + "0-100"),
                Arguments.of("hiv_prevalence_pwid,0.14,fraction,0.07,1.01,,2016,Kyrgyzstan,,,,s",
                        "rules.csv, line 2, column 5 (high): '1.01' is above 1; a share as a fraction is within 0-1"),
                Arguments.of("hiv_prevalence_pwid,1.01,fraction,,,,2016,Kyrgyzstan,,,,s",
                        "rules.csv, line 2, column 2 (value): '1.01' is above 1; a share as a fraction is within 0-1"
                                + " (write unit 'percent' for 0-100)"),
                Arguments.of("hiv_prevalence_pwid,100.5,percent,,,,2016,Kyrgyzstan,,,,s",
                        "rules.csv, line 2, column 2 (value): '100.5' is above 100 %"),
                Arguments.of("plhiv_estimate,-0.5,,,,,2016,Kyrgyzstan,,,,s",
                        "rules.csv, line 2, column 2 (value): '-0.5' is negative; a estimate is at least 0"),
                Arguments.of("plhiv_estimate,1e999,,,,,2016,Kyrgyzstan,,,,s",
                        "rules.csv, line 2, column 2 (value): '1e999' is not a finite number"),
                Arguments.of("ost_clients,1e999,,,,,2016,Kyrgyzstan,,,,s",
                        "rules.csv, line 2, column 2 (value): '1e999' is not a finite number"),
                // Long.MAX_VALUE / 2 is 2^62 - 1 (4.6e18): a count of 1e19 people is not a count this library reads.
                Arguments.of("ost_clients,1e19,,,,,2016,Kyrgyzstan,,,,s",
                        "rules.csv, line 2, column 2 (value): '1e19' is not a whole number; a count is a whole "
                                + "number of people or items"),
                Arguments.of("ost_clients,1505,percent,,,,2016,Kyrgyzstan,,,,s",
                        "rules.csv, line 2, column 3 (unit): 'percent' is not a unit of ost_clients; expected "
                                + "'number' or nothing"),
                Arguments.of("ost_clients,1505,,,,,2016,Kyrgyzstan,jail,male,,s",
                        "rules.csv, line 2, column 9 (setting): 'jail' is not a known setting"),
                Arguments.of("ost_clients,1505,,,,,2016,Kyrgyzstan,prison,m,,s",
                        "rules.csv, line 2, column 10 (gender): 'm' is not a known gender; expected one of female, male, transgender, other, unknown"),
                Arguments.of("ost_clients,1505,,,,,2016,Kyrgyzstan,prison,male,24-15,s",
                        "rules.csv, line 2, column 11 (age_band): '24-15' is not valid: "),
                Arguments.of("ost_clients,1505,,,,,2016-13,Kyrgyzstan,,,,s",
                        "rules.csv, line 2, column 7 (period): '2016-13' is not a period: month 13 does not exist"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("refusedRows")
    void refusesRowWithExactlyOneProblemLocated(String rows, String expected) {
        DataFileException e = catchThrowableOfType(DataFileException.class, () -> csv(rows + "\n"));
        assertThat(e).isNotNull();
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).toString()).startsWith(expected);
        assertThat(e.getMessage()).startsWith("rules.csv: 1 problem, nothing was loaded");
    }

    @Test
    void acceptsTheLimitsOfRangesAndShares() {
        // A share of exactly 100 % and a range reaching 100 % are shares; so are 1 and 0-1 as fractions.
        assertThat(single("hiv_prevalence_pwid,100,percent,0,100,,2016,Kyrgyzstan,,,,s").value())
                .isEqualTo(Proportion.ofPercent(100, 0, 100, IntervalMethod.PUBLISHED_UNSPECIFIED));
        assertThat(single("hiv_prevalence_pwid,1,fraction,0,1,min_max,2016,Kyrgyzstan,,,,s").value())
                .isEqualTo(Proportion.ofFraction(1, 0, 1, IntervalMethod.PUBLISHED_MIN_MAX));
        // A range may be a single point (low = value = high) and a value may sit on either end.
        assertThat(single("plhiv_estimate,6300,,6300,6300,,2016,Kyrgyzstan,,,,s").value())
                .isEqualTo(Estimate.of(6300, 6300, 6300, IntervalMethod.PUBLISHED_UNSPECIFIED));
        assertThat(single("plhiv_estimate,11000,,6300,11000,,2016,Kyrgyzstan,,,,s").value())
                .isEqualTo(Estimate.of(11000, 6300, 11000, IntervalMethod.PUBLISHED_UNSPECIFIED));
        // A count of 0 and the largest count read, 2^62 (Long.MAX_VALUE / 2 rounded to a double).
        assertThat(single("ost_clients,0,,,,,2016,Kyrgyzstan,,,,s").value()).isEqualTo(Count.of(0));
        assertThat(single("ost_clients,4611686018427387904,,,,,2016,Kyrgyzstan,,,,s").value())
                .isEqualTo(Count.of(4611686018427387904L));
    }

    @Test
    void acceptsAPointOutsideItsPublishedRangeAsCoreDoesAndKeepsItFlagged() {
        // the same rule as Observation.check: a published point outside its range is suspicious, not impossible
        Dataset d = csv("plhiv_estimate,5000,,6300,11000,,2017,Kyrgyzstan,,,,s\n");
        Estimate e = (Estimate) d.observations().get(0).value();
        assertThat(e.point()).isEqualTo(5000.0);
        assertThat(e.isPointWithinInterval()).isFalse();
    }

    @Test
    void readsCodesAndUnitsInAnyCase() {
        assertThat(single("OST_Clients,1505,NUMBER,,,,2016,Kyrgyzstan,,,,s").measure()).isEqualTo(Measure.OST_CLIENTS);
        assertThat(single("hiv_prevalence_pwid,14,Percent,7,21,MIN_MAX,2016,Kyrgyzstan,,,,s").value())
                .isEqualTo(Proportion.ofPercent(14, 7, 21, IntervalMethod.PUBLISHED_MIN_MAX));
    }

    @Test
    void parsesEachRowsOwnTextsWhenTheyRepeatAndAlternate() {
        // Periods and areas are parsed once per distinct text; every figure still gets its own.
        Dataset d = csv("""
                ost_clients,1,,,,,2016,Bishkek,,,,s
                ost_clients,2,,,,,2017,Bishkek,,,,s
                ost_clients,3,,,,,2016,Osh,,,,s
                ost_clients,4,,,,,2017,Osh,,,,s
                ost_clients,5,,,,,2016,Bishkek,,,,t
                ost_clients,6,,,,,2017,Bishkek,,,,t
                """);
        assertThat(d.observations()).extracting(o -> o.value() + " " + o.period() + " " + o.area().name() + " "
                + o.source().citation()).containsExactlyInAnyOrder(
                        Count.of(1) + " 2016 Bishkek s", Count.of(2) + " 2017 Bishkek s",
                        Count.of(3) + " 2016 Osh s", Count.of(4) + " 2017 Osh s",
                        Count.of(5) + " 2016 Bishkek t", Count.of(6) + " 2017 Bishkek t");
        assertThat(d.observations()).extracting(Observation::period).contains(ReferencePeriod.ofYear(2016));
    }

    @Test
    void listsEveryProblemOfARowInColumnOrder() {
        DataFileException e = catchThrowableOfType(DataFileException.class,
                () -> csv("ost_client,n/a,,,,,~2016,,jail,m,,\n"));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "rules.csv, line 2, column 8 (area): is empty; area is required (or a default area for the whole"
                        + " file)",
                "rules.csv, line 2, column 12 (source): is empty; source is required",
                "rules.csv, line 2, column 1 (measure): 'ost_client' is not a known measure; did you mean "
                        + "'ost_clients'? (the measures are listed in the README)",
                "rules.csv, line 2, column 7 (period): '~2016' is not a period: an approximate period is not read;"
                        + " write the period itself (such as 2016) and say that it is approximate in the note",
                "rules.csv, line 2, column 9 (setting): 'jail' is not a known setting; expected one of community, "
                        + "facility, prison",
                "rules.csv, line 2, column 10 (gender): 'm' is not a known gender; expected one of female, male, transgender, other, unknown");
        assertThat(List.of(e.file(), e.omitted())).containsExactly("rules.csv", 0L);
    }
}
