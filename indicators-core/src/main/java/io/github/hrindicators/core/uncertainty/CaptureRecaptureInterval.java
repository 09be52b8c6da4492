package io.github.hrindicators.core.uncertainty;

import io.github.hrindicators.core.IntervalMethod;

/**
 * Confidence intervals for a two-source capture-recapture size estimate (see {@link CaptureRecaptureEstimator}),
 * with n1, n2 and m as there and r = n1 + n2 − m people seen.
 */
public enum CaptureRecaptureInterval {
    /**
     * N̂ ± z·SE with Seber's variance of the estimator; symmetric, not truncated, poor when m is small (say below
     * 20), and its lower end can fall below r ({@link IntervalMethod#DELTA}).
     */
    NORMAL_SEBER("normal interval, Seber's variance", IntervalMethod.DELTA),
    /** N̂ ± z·SE with Ricker's variance, as the R packages FSA and recapr give it ({@link IntervalMethod#DELTA}). */
    NORMAL_RICKER("normal interval, Ricker's variance", IntervalMethod.DELTA),
    /**
     * Chao's log-normal interval (Chao, Biometrics 43, 1987, p. 785): the number never seen, f0 = N̂ − r, is
     * taken as log-normal; with C = exp(z·sqrt(ln(1 + Var/f0²))) and Seber's variance, [r + f0/C, r + f0·C],
     * asymmetric and never below r; [r, r] when f0 = 0 ({@link IntervalMethod#DELTA_LOG}).
     */
    LOG_NORMAL("log-normal interval", IntervalMethod.DELTA_LOG),
    /**
     * m taken as Poisson: the exact (Garwood) interval of its mean, [χ²(α/2; 2m)/2, χ²(1 − α/2; 2m + 2)/2],
     * is put into the estimator in place of m, as FSA's {@code confint(type = "Poisson")} does. For
     * Lincoln-Petersen it needs m &ge; 1; for Chapman and Bailey the lower end of m's interval is 0 when m = 0
     * ({@link IntervalMethod#EXACT_POISSON}).
     */
    EXACT_POISSON("exact Poisson interval", IntervalMethod.EXACT_POISSON),
    /**
     * Inversion of the exact test on m, which given N is hypergeometric (N, n1, n2): the whole numbers N &ge; r
     * with P(M &le; m | N) &ge; α/2 and P(M &ge; m | N) &ge; α/2. The same interval for every
     * estimator; it needs m &ge; 1, as for m = 0 no N is too large ({@link IntervalMethod#EXACT_HYPERGEOMETRIC}).
     */
    EXACT_HYPERGEOMETRIC("exact hypergeometric interval", IntervalMethod.EXACT_HYPERGEOMETRIC);

    private final String label;
    private final IntervalMethod intervalMethod;

    CaptureRecaptureInterval(String label, IntervalMethod intervalMethod) {
        this.label = label;
        this.intervalMethod = intervalMethod;
    }

    /**
     * The interval's name, for the method of a {@link SizeEstimate}.
     *
     * @return the name, such as {@code "exact Poisson interval"}
     */
    public String label() {
        return label;
    }

    /**
     * The method recorded on the {@link io.github.hrindicators.core.Interval} this interval produces.
     *
     * @return the interval method
     */
    public IntervalMethod intervalMethod() {
        return intervalMethod;
    }
}
