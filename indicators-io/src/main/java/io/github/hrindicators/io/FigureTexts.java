package io.github.hrindicators.io;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.Quantity;
import io.github.hrindicators.core.Rate;
import io.github.hrindicators.core.YesNo;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The texts of a figure as the writers write them, by {@link Column}, chosen so that reading them back gives an
 * equal figure: whole numbers without ".0", other numbers in Java's shortest round-tripping form, shares in
 * percent when that reads back to the same fraction and as a fraction otherwise.
 */
final class FigureTexts {
    private FigureTexts() {
    }

    /** A number in the shortest text that parses back to the same {@code double}. */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return shortest(d);
    }

    /**
     * The shortest decimal that reads back as the same double, in plain notation for ordinary magnitudes:
     * {@code 0.143}, never {@code 0.14300000000000002} for the double nearest 0.143, nor {@code 1.0E-4}.
     */
    static String shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == d) {
                return plain(rounded);
            }
        }
        return plain(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }

    private static String plain(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return Math.abs(s.scale()) > 20 ? s.toString() : s.toPlainString();
    }

    /**
     * A quantity as one number: people or items, a fraction for a share, an amount per person per year; a yes/no
     * figure as {@code yes} or {@code no}.
     */
    static String number(Quantity q) {
        return q instanceof Count c ? Long.toString(c.value()) : q instanceof YesNo yn ? yn.toString()
                : number(q.doubleValue());
    }

    /** Whether a value text is a yes/no figure's, which JSON writes as a string. */
    static boolean isYesNo(String text) {
        return text.equals("yes") || text.equals("no");
    }

    /** The texts by column ordinal; empty strings for absent parts. */
    static String[] of(Observation o) {
        String[] t = new String[Column.ALL.size()];
        Arrays.fill(t, "");
        set(t, Column.MEASURE, o.measure().code());
        Optional<Interval> range = Optional.empty();
        double scale = 1;
        if (o.value() instanceof Count c) {
            set(t, Column.VALUE, Long.toString(c.value()));
        } else if (o.value() instanceof Estimate e) {
            set(t, Column.VALUE, number(e.point()));
            range = e.interval();
        } else if (o.value() instanceof Proportion p) {
            range = p.interval();
            scale = percentReadsBack(p) ? 100 : 1;
            set(t, Column.UNIT, scale == 100 ? FigureConverter.UNIT_PERCENT : FigureConverter.UNIT_FRACTION);
            set(t, Column.VALUE, scaled(p.toFraction(), scale));
        } else if (o.value() instanceof YesNo yn) {
            set(t, Column.VALUE, yn.toString());
        } else {
            set(t, Column.VALUE, number(((Rate) o.value()).perPersonPerYear()));
        }
        if (range.isPresent()) {
            Interval r = range.get();
            set(t, Column.LOW, scaled(r.lower(), scale));
            set(t, Column.HIGH, scaled(r.upper(), scale));
            set(t, Column.RANGE_KIND, FigureConverter.rangeKindCode(r.method()));
        }
        set(t, Column.PERIOD, o.period().toString());
        set(t, Column.AREA, o.area().name());
        o.subgroup().setting().ifPresent(s -> set(t, Column.SETTING, s.name().toLowerCase(Locale.ROOT)));
        o.subgroup().gender().ifPresent(s -> set(t, Column.GENDER, s.name().toLowerCase(Locale.ROOT)));
        o.subgroup().ageBand().ifPresent(a -> set(t, Column.AGE_BAND, a.toString()));
        o.subgroup().providerType().ifPresent(s -> set(t, Column.PROVIDER_TYPE, s.name().toLowerCase(Locale.ROOT)));
        set(t, Column.SOURCE, o.source().citation());
        o.note().ifPresent(n -> set(t, Column.NOTE, n));
        return t;
    }

    private static void set(String[] t, Column c, String text) {
        t[c.ordinal()] = text;
    }

    /** A fraction, or the percent that is its shortest decimal with the point moved two places (0.143 → 14.3). */
    private static String scaled(double fraction, double scale) {
        return scale == 1 ? number(fraction) : plain(new BigDecimal(shortest(fraction)).movePointRight(2));
    }

    /** Whether writing the share in percent reads back, as {@link Proportion#ofPercent} reads it, to the same fractions. */
    private static boolean percentReadsBack(Proportion p) {
        boolean ok = readsBack(p.toFraction());
        if (p.interval().isPresent()) {
            ok &= readsBack(p.interval().get().lower()) && readsBack(p.interval().get().upper());
        }
        return ok;
    }

    private static boolean readsBack(double fraction) {
        double percent = Double.parseDouble(scaled(fraction, 100));
        return percent <= 100 && Double.compare(Proportion.ofPercent(percent).toFraction(), fraction) == 0;
    }
}
