package io.github.hrindicators.core.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers in messages: plain, locale-independent, at most four decimals, no trailing zeros. */
final class Format {
    private Format() {
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    static String percent(double fraction) {
        return BigDecimal.valueOf(fraction * 100).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString() + " %";
    }
}
