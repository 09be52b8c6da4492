package io.github.hrindicators.interop;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.Quantity;
import io.github.hrindicators.core.Rate;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Quantities as the plain decimal text of data values: counts as whole numbers, proportions in percent, other
 * numbers in their unit; the shortest decimal that reads back to the same double, moved exactly for percent.
 */
final class Numbers {
    private Numbers() {
    }

    static String plain(double d) {
        if (d == 0) {
            return "0";
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    static String percent(double fraction) {
        if (fraction == 0) {
            return "0";
        }
        return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /** The fraction of a percent written by {@link #percent}, read back exactly. */
    static double fractionOfPercent(BigDecimal percent) {
        return percent.movePointLeft(2).doubleValue();
    }

    static String value(Quantity q) {
        if (q instanceof Count c) {
            return Long.toString(c.value());
        }
        if (q instanceof Proportion p) {
            return percent(p.toFraction());
        }
        if (q instanceof Estimate e) {
            return plain(e.point());
        }
        if (q instanceof io.github.hrindicators.core.YesNo yn) {
            return Boolean.toString(yn.isYes()); // a DHIS2 BOOLEAN data element's value
        }
        return plain(((Rate) q).perPersonPerYear());
    }

    /** A bound of an interval in the unit of {@link #value}: percent for proportions. */
    static String bound(double bound, boolean proportion) {
        return proportion ? percent(bound) : plain(bound);
    }

    static Optional<Interval> interval(Quantity q) {
        if (q instanceof Proportion p) {
            return p.interval();
        }
        if (q instanceof Estimate e) {
            return e.interval();
        }
        return Optional.empty();
    }
}
