package io.github.hrindicators.core.uncertainty;

import io.github.hrindicators.core.IntervalMethod;

/**
 * Interchangeable confidence-interval methods for a binomial proportion x of n, used by
 * {@link BinomialIntervals}. {@link #WILSON} is the default.
 *
 * <p>Primary source: Brown, Cai &amp; DasGupta, "Interval estimation for a binomial proportion", Statistical
 * Science 16(2), 2001, pp. 101-133 (section 4 recommends Wilson or Jeffreys for small n, Agresti-Coull for
 * n &ge; 40). Secondary: Apache Commons Statistics {@code BinomialConfidenceInterval}; R {@code binom::binom.confint}.
 */
public enum BinomialMethod {
    /**
     * Wilson score interval (Wilson 1927), the default: {@code (x + z²/2) / (n + z²) ± z / (n + z²) ·
     * sqrt(x(n − x)/n + z²/4)}.
     */
    WILSON(IntervalMethod.WILSON),
    /**
     * Clopper-Pearson "exact" interval (Clopper &amp; Pearson 1934): Beta quantiles
     * {@code B(α/2; x, n − x + 1)} and {@code B(1 − α/2; x + 1, n − x)}, with lower 0 when x = 0 and upper 1 when
     * x = n. Conservative.
     */
    CLOPPER_PEARSON(IntervalMethod.CLOPPER_PEARSON),
    /**
     * Jeffreys interval: equal-tailed quantiles of Beta(x + ½, n − x + ½), with lower 0 when x = 0 and upper 1
     * when x = n (Brown, Cai &amp; DasGupta 2001, section 4.1.2).
     */
    JEFFREYS(IntervalMethod.JEFFREYS),
    /**
     * Agresti-Coull interval (Agresti &amp; Coull 1998): with ñ = n + z² and p̃ = (x + z²/2) / ñ,
     * {@code p̃ ± z · sqrt(p̃(1 − p̃)/ñ)}, clipped to [0, 1].
     */
    AGRESTI_COULL(IntervalMethod.AGRESTI_COULL),
    /**
     * Agresti-Coull's "plus four" form (Agresti &amp; Caffo, The American Statistician 54(4), 2000; Agresti &amp;
     * Coull 1998, p. 122): add two successes and two failures, p̃ = (x + 2) / (n + 4), and
     * {@code p̃ ± z · sqrt(p̃(1 − p̃)/(n + 4))}, clipped to [0, 1]. At 95 % it is close to {@link #AGRESTI_COULL}
     * (z² ≈ 4); at other levels it keeps the four added observations.
     */
    AGRESTI_COULL_PLUS_FOUR(IntervalMethod.AGRESTI_COULL_PLUS_FOUR),
    /**
     * Wald interval {@code p̂ ± z · sqrt(p̂(1 − p̂)/n)}, clipped to [0, 1]. Its coverage is poor and erratic even
     * for large n (Brown, Cai &amp; DasGupta 2001, section 2): use it only when a report explicitly asks for it.
     */
    WALD(IntervalMethod.WALD);

    private final IntervalMethod intervalMethod;

    BinomialMethod(IntervalMethod intervalMethod) {
        this.intervalMethod = intervalMethod;
    }

    /**
     * The method recorded on the {@link io.github.hrindicators.core.Interval}s this method produces.
     *
     * @return the matching interval method
     */
    public IntervalMethod intervalMethod() {
        return intervalMethod;
    }
}
