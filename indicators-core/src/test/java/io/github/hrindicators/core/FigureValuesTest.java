package io.github.hrindicators.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The value rules shared by code and files. Each row is one figure as a file gives it, and the one rule it breaks
 * (or none), with the field it is located on.
 */
class FigureValuesTest {

    private static OptionalDouble opt(String s) {
        return s == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(s));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // measure                 | value    | low   | high  | percent | kind                   | field
        "ost_clients               | 1505     | -     | -     | false   | -                      | -",
        "ost_clients               | -1       | -     | -     | false   | NEGATIVE               | VALUE",
        "ost_clients               | 2.5      | -     | -     | false   | NOT_WHOLE              | VALUE",
        "ost_clients               | 1e300    | -     | -     | false   | NOT_WHOLE              | VALUE",
        "ost_clients               | NaN      | -     | -     | false   | NOT_FINITE             | VALUE",
        "ost_clients               | 1505     | 1000  | 2000  | false   | INTERVAL_NOT_ALLOWED   | LOWER",
        "ost_clients               | 1505     | -     | 2000  | false   | INTERVAL_NOT_ALLOWED   | UPPER",
        "plhiv_estimate            | 8500     | 6300  | 11000 | false   | -                      | -",
        "plhiv_estimate            | 8500     | 6300  | -     | false   | INTERVAL_INCOMPLETE    | UPPER",
        "plhiv_estimate            | 8500     | -     | 11000 | false   | INTERVAL_INCOMPLETE    | LOWER",
        "plhiv_estimate            | 8500     | 11000 | 6300  | false   | INTERVAL_REVERSED      | LOWER",
        "plhiv_estimate            | 8500     | -1    | 11000 | false   | NEGATIVE               | LOWER",
        "plhiv_estimate            | 8500     | 6300  | Infinity | false | NOT_FINITE           | UPPER",
        "plhiv_estimate            | 5000     | 6300  | 11000 | false   | POINT_OUTSIDE_INTERVAL | VALUE",
        "plhiv_estimate            | 12000    | 6300  | 11000 | false   | POINT_OUTSIDE_INTERVAL | VALUE",
        "plhiv_estimate            | 6300     | 6300  | 11000 | false   | -                      | -",
        "hiv_prevalence_pwid       | 100      | -     | -     | true    | -                      | -",
        "hiv_prevalence_pwid       | 100.5    | -     | -     | true    | SHARE_ABOVE_WHOLE      | VALUE",
        "hiv_prevalence_pwid       | 1        | -     | -     | false   | -                      | -",
        "hiv_prevalence_pwid       | 1.01     | -     | -     | false   | SHARE_ABOVE_WHOLE      | VALUE",
        "hiv_prevalence_pwid       | 50       | 20    | 101   | true    | SHARE_ABOVE_WHOLE      | UPPER",
        "hiv_prevalence_pwid       | 0.5      | 0.2   | 0.9   | false   | -                      | -",
    })
    void oneRuleEachAndWhereItLies(String code, double value, String low, String high, boolean percent,
            Violation.Kind kind, Violation.Field field) {
        Measure m = Measure.fromCode(code).orElseThrow();
        FigureValues.Checked c = FigureValues.check(m, value, opt(low), opt(high), percent,
                IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS);
        if (kind == null) {
            assertThat(c.violations()).isEmpty();
            assertThat(c.value()).isPresent();
            return;
        }
        assertThat(c.violations()).extracting(Violation::kind, Violation::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(kind, field));
        // refusing rules give no value; a warning keeps the value
        assertThat(c.value().isPresent()).isEqualTo(!kind.severity().equals(Violation.Severity.REFUSE));
        assertThat(c.warnings()).hasSize(kind.severity() == Violation.Severity.WARN ? 1 : 0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the same share as a percent and as a fraction is the same value
        "51.5  | true  | 0.515",
        "0.515 | false | 0.515",
    })
    void percentAndFractionGiveTheSameShare(double value, boolean percent, double fraction) {
        Quantity q = FigureValues.check(Measure.INJECTING_SHARE_REGISTERED_ALIVE, value, OptionalDouble.empty(),
                OptionalDouble.empty(), percent, IntervalMethod.PUBLISHED_UNSPECIFIED).value().orElseThrow();
        assertThat(q).isEqualTo(Proportion.ofFraction(fraction));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pwid_population_size | 25000 | 20000 | 30000",
        "hiv_prevalence_pwid  | 0.124 | 0.1   | 0.15",
    })
    void theRangeIsKeptWithItsPublishedMethod(String code, double value, double low, double high) {
        Quantity q = FigureValues.check(Measure.fromCode(code).orElseThrow(), value, OptionalDouble.of(low),
                OptionalDouble.of(high), false, IntervalMethod.PUBLISHED_MIN_MAX).value().orElseThrow();
        Interval i = q instanceof Estimate e ? e.interval().orElseThrow()
                : ((Proportion) q).interval().orElseThrow();
        assertThat(i).isEqualTo(Interval.of(low, high, IntervalMethod.PUBLISHED_MIN_MAX));
    }

    @org.junit.jupiter.api.Test
    void aRateTakesNoRange() {
        Measure rate = Measure.of("syringes_rate", QuantityKind.RATE, "a user rate");
        FigureValues.Checked c = FigureValues.check(rate, 150, OptionalDouble.of(100), OptionalDouble.of(200),
                false, IntervalMethod.PUBLISHED_UNSPECIFIED);
        assertThat(c.violations()).extracting(Violation::kind).containsExactly(Violation.Kind.INTERVAL_NOT_ALLOWED);
        assertThat(FigureValues.check(rate, 150, OptionalDouble.empty(), OptionalDouble.empty(), false,
                IntervalMethod.PUBLISHED_UNSPECIFIED).value()).contains(Rate.perPersonPerYear(150));
    }
}
