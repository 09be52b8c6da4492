package io.github.hrindicators.core;

import static io.github.hrindicators.core.ValueSemantics.assertValueSemantics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferencePeriodTest {

    @ParameterizedTest
    @CsvSource({
        // text, kind, start, end, startYear, endYear
        "2016,       YEAR,  2016-01-01, 2016-12-31, 2016, 2016",
        "2016-01-01, DATE,  2016-01-01, 2016-01-01, 2016, 2016",
        "2012-03,    MONTH, 2012-03-01, 2012-03-31, 2012, 2012",
        "2021-2023,  YEARS, 2021-01-01, 2023-12-31, 2021, 2023",
        "2016-02,    MONTH, 2016-02-01, 2016-02-29, 2016, 2016",
        "2015-02,    MONTH, 2015-02-01, 2015-02-28, 2015, 2015",
        "2016-02-29, DATE,  2016-02-29, 2016-02-29, 2016, 2016",
        "1900,       YEAR,  1900-01-01, 1900-12-31, 1900, 1900",
        "2999,       YEAR,  2999-01-01, 2999-12-31, 2999, 2999",
        "1900-2999,  YEARS, 1900-01-01, 2999-12-31, 1900, 2999",
    })
    void parseAndToStringRoundTrip(String text, ReferencePeriod.Kind kind, LocalDate start, LocalDate end, int startYear,
            int endYear) {
        ReferencePeriod p = ReferencePeriod.parse(text);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.start()).isEqualTo(start);
        assertThat(p.end()).isEqualTo(end);
        assertThat(p.startYear()).isEqualTo(startYear);
        assertThat(p.endYear()).isEqualTo(endYear);
        assertThat(p).hasToString(text);
        assertThat(ReferencePeriod.parse(p.toString())).isEqualTo(p);
    }

    @Test
    void parseStripsSurroundingWhiteSpace() {
        assertThat(ReferencePeriod.parse(" 2016\n")).isEqualTo(ReferencePeriod.ofYear(2016));
    }

    @Test
    void factoriesMatchParse() {
        assertThat(ReferencePeriod.ofYear(2016)).isEqualTo(ReferencePeriod.parse("2016"));
        assertThat(ReferencePeriod.ofYears(2021, 2023)).isEqualTo(ReferencePeriod.parse("2021-2023"));
        assertThat(ReferencePeriod.ofMonth(YearMonth.of(2012, 3))).isEqualTo(ReferencePeriod.parse("2012-03"));
        assertThat(ReferencePeriod.asOf(LocalDate.of(2016, 1, 1))).isEqualTo(ReferencePeriod.parse("2016-01-01"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-13-01", "2016-02-30", "16", "2023-2021", "2016-2016", "~2016", "", "1899",
        "2016-13", "2016-00", "2015-02-29", "2016-1-1", "3000", "20160", "2016/01/01", "2016-01-01T00:00",
        "1899-2016", "2016-3000", "1899-12-31", "1899-12", "２０１６"})
    void parseRejectsQuotingTheText(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> ReferencePeriod.parse(text)).withMessageContaining("'" + text + "'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2016-13-01 | Period is not a valid date: '2016-13-01'",
        "2016-02-30 | Period is not a valid date: '2016-02-30'",
        "2016-13    | Period is not a valid date: '2016-13'",
        "16         | Period is not a year (2016), a span of years (2021-2023), a month (2012-03) or a date (2016-01-01): '16'",
        "~2016      | Period is not a year (2016), a span of years (2021-2023), a month (2012-03) or a date (2016-01-01): '~2016'",
        "''         | Period is not a year (2016), a span of years (2021-2023), a month (2012-03) or a date (2016-01-01): ''",
        "2023-2021  | Period is not valid: '2023-2021' (Last year is not after first year: 2023-2021)",
        "2016-2016  | Period is not valid: '2016-2016' (Last year is not after first year: 2016-2016)",
        "1899       | Period is not valid: '1899' (Year is not within 1900-2999: 1899)",
        "3000       | Period is not valid: '3000' (Year is not within 1900-2999: 3000)",
        "1899-12-31 | Period is not valid: '1899-12-31' (Year is not within 1900-2999: 1899)",
    })
    void parseMessagesNameTheRule(String text, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> ReferencePeriod.parse(text)).withMessage(message);
    }

    @Test
    void nullsRejectedNamingTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> ReferencePeriod.parse(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> ReferencePeriod.ofMonth(null)).withMessage("month");
        assertThatNullPointerException().isThrownBy(() -> ReferencePeriod.asOf(null)).withMessage("date");
    }

    @ParameterizedTest
    @ValueSource(ints = {1899, 3000, 0, -2016, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void yearOutOfRangeRejected(int year) {
        String message = "Year is not within 1900-2999: " + year;
        assertThatIllegalArgumentException().isThrownBy(() -> ReferencePeriod.ofYear(year)).withMessage(message);
        assertThatIllegalArgumentException().isThrownBy(() -> ReferencePeriod.ofYears(year, 2016)).withMessage(message);
        assertThatIllegalArgumentException().isThrownBy(() -> ReferencePeriod.ofYears(2016, year)).withMessage(message);
    }

    @Test
    void monthAndDateOutOfRangeRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReferencePeriod.ofMonth(YearMonth.of(1899, 12)))
                .withMessage("Year is not within 1900-2999: 1899");
        assertThatIllegalArgumentException().isThrownBy(() -> ReferencePeriod.asOf(LocalDate.of(3000, 1, 1)))
                .withMessage("Year is not within 1900-2999: 3000");
    }

    @ParameterizedTest
    @CsvSource({
        "2021, 2021", "2016, 2015", "2016, 1900",
    })
    void ofYearsRequiresLastAfterFirst(int first, int last) {
        assertThatIllegalArgumentException().isThrownBy(() -> ReferencePeriod.ofYears(first, last))
                .withMessage("Last year is not after first year: " + first + "-" + last);
    }

    @ParameterizedTest
    @CsvSource({
        // period, year, covered (hand: startYear <= year <= endYear)
        "2016,       2016, true",
        "2016,       2015, false",
        "2016,       2017, false",
        "2021-2023,  2020, false",
        "2021-2023,  2021, true",
        "2021-2023,  2022, true",
        "2021-2023,  2023, true",
        "2021-2023,  2024, false",
        "2012-03,    2012, true",
        "2012-03,    2013, false",
        "2016-01-01, 2016, true",
        "2016-01-01, 2015, false",
    })
    void coversYear(String period, int year, boolean covered) {
        assertThat(ReferencePeriod.parse(period).coversYear(year)).isEqualTo(covered);
    }

    @Test
    void compareToOrdersByStartThenEnd() {
        List<ReferencePeriod> expected = Stream.of("2012-03", "2015", "2016", "2016-01", "2016-01-01", "2016-2017",
                "2016-12-31", "2021-2023", "2022").map(ReferencePeriod::parse).toList();
        // hand: by first day, then last day; 2016 (to 12-31) before 2016-2017 (to 2017-12-31);
        // 2016-01 (to 01-31) before 2016 (to 12-31)
        List<ReferencePeriod> sorted = Stream.of("2012-03", "2015", "2016-01", "2016", "2016-01-01", "2016-2017",
                "2016-12-31", "2021-2023", "2022").map(ReferencePeriod::parse).toList();
        assertThat(sorted.get(2)).isLessThan(sorted.get(3));
        List<ReferencePeriod> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new java.util.Random(2016));
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactlyElementsOf(Stream.of("2012-03", "2015", "2016-01-01", "2016-01",
                "2016", "2016-2017", "2016-12-31", "2021-2023", "2022").map(ReferencePeriod::parse).toList());
    }

    static Stream<String> randomPeriods() {
        SplittableRandom random = new SplittableRandom(1900_2999L);
        return Stream.generate(() -> {
            int year = random.nextInt(1900, 3000);
            LocalDate day = LocalDate.ofYearDay(year, random.nextInt(1, LocalDate.of(year, 1, 1).lengthOfYear() + 1));
            switch (random.nextInt(4)) {
                case 0:
                    return ReferencePeriod.ofYear(year).toString();
                case 1:
                    return ReferencePeriod.ofMonth(YearMonth.from(day)).toString();
                case 2:
                    return ReferencePeriod.asOf(day).toString();
                default:
                    return year == 2999 ? "2998-2999" : ReferencePeriod.ofYears(year, random.nextInt(year + 1, 3000)).toString();
            }
        }).limit(200);
    }

    /** Seeded generated round trips; compareTo is consistent with equals and start <= end. */
    @Test
    void generatedRoundTrip() {
        Properties.forAll(randomPeriods(), a -> generatedRoundTripCase((String) a[0]));
    }

    private static void generatedRoundTripCase(String text) {
        ReferencePeriod p = ReferencePeriod.parse(text);
        assertThat(p).hasToString(text);
        assertThat(p.start()).isBeforeOrEqualTo(p.end());
        assertThat(p.startYear()).isLessThanOrEqualTo(p.endYear());
        assertThat(p.coversYear(p.startYear())).isTrue();
        assertThat(p.coversYear(p.endYear())).isTrue();
        assertThat(p.compareTo(ReferencePeriod.parse(text))).isZero();
    }

    @Test
    void compareToIsConsistentWithEquals() {
        List<ReferencePeriod> all = Stream.of("2016", "2016-01", "2016-01-01", "2016-2017", "2016-12", "2016-12-31")
                .map(ReferencePeriod::parse).toList();
        for (ReferencePeriod a : all) {
            for (ReferencePeriod b : all) {
                assertThat(a.compareTo(b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
                assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
            }
        }
    }

    @Test
    void valueSemantics() {
        assertValueSemantics(ReferencePeriod.ofYear(2016), ReferencePeriod.parse("2016"), ReferencePeriod.ofYear(2017),
                ReferencePeriod.ofYears(2016, 2017), ReferencePeriod.ofMonth(YearMonth.of(2016, 1)), ReferencePeriod.asOf(LocalDate.of(2016, 1, 1)));
        assertValueSemantics(ReferencePeriod.parse("2016-01-01"), ReferencePeriod.asOf(LocalDate.of(2016, 1, 1)),
                ReferencePeriod.parse("2016-01-02"), ReferencePeriod.parse("2016-01"));
        assertValueSemantics(ReferencePeriod.parse("2021-2023"), ReferencePeriod.ofYears(2021, 2023), ReferencePeriod.parse("2021-2022"),
                ReferencePeriod.parse("2020-2023"));
    }
}
