package io.github.hrindicators.core.uncertainty;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The two corrections a survey proportion's binomial interval can take: the survey's design effect, and the
 * finite-population correction when the size of the population sampled is known.
 *
 * <p>Symbols: n respondents (the sample), deff &ge; 1 the design effect, N &ge; n the size of the population the
 * sample was drawn from. The variance of a sample proportion p̂ is
 * <pre>
 *   Var(p̂) = deff · p̂(1 − p̂) / n · (N − n) / (N − 1)
 * </pre>
 * where (N − n) / (N − 1) is the finite-population correction of sampling without replacement (Cochran, <i>Sampling
 * Techniques</i>, 3rd ed., Wiley 1977, chapter 3, section 3.2: V(p) = (PQ / n) · (N − n) / (N − 1)) and deff the
 * ratio of the design's variance to that of a simple random sample of the same size (Kish, <i>Survey Sampling</i>,
 * 1965, section 8.2). A binomial interval is then computed for the effective sample size that has this variance,
 * <pre>
 *   n_eff = n / deff · (N − 1) / (N − n)        (n_eff = n / deff without N)
 * </pre>
 * and the effective successes x_eff = p̂ · n_eff, so that p̂ is unchanged ({@link BinomialIntervals}). The correction
 * narrows the interval; it matters when the sample is a noticeable part of the population (Cochran 1977, chapter 2,
 * lets it be ignored while n / N stays below about 5 %). A census (N = n) has no sampling error: its interval is the
 * point.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SurveyDesign {
    private static final SurveyDesign SIMPLE = new SurveyDesign(1.0, OptionalLong.empty());

    private final double designEffect;
    private final OptionalLong populationSize;

    private SurveyDesign(double designEffect, OptionalLong populationSize) {
        this.designEffect = designEffect;
        this.populationSize = populationSize;
    }

    /**
     * A simple random sample from a population of unknown (or very large) size: design effect 1, no
     * finite-population correction.
     *
     * @return the design
     */
    public static SurveyDesign simpleRandomSample() {
        return SIMPLE;
    }

    /**
     * A copy with a design effect.
     *
     * @param deff the design effect, finite and {@code >= 1} (1 for a simple random sample; respondent-driven
     *     samples typically 2 to 4)
     * @return the design
     * @throws IllegalArgumentException if the design effect is not a finite number {@code >= 1}
     */
    public SurveyDesign withDesignEffect(double deff) {
        BinomialIntervals.checkDesignEffect(deff);
        return new SurveyDesign(deff, populationSize);
    }

    /**
     * A copy with the finite-population correction for a population of size N.
     *
     * @param size N, the size of the population the sample was drawn from, {@code >= 1}
     * @return the design
     * @throws IllegalArgumentException if {@code size < 1}
     */
    public SurveyDesign withPopulationSize(long size) {
        if (size < 1) {
            throw new IllegalArgumentException("Population size for the finite-population correction is not at "
                    + "least 1: " + size);
        }
        return new SurveyDesign(designEffect, OptionalLong.of(size));
    }

    /**
     * The design effect.
     *
     * @return deff, {@code >= 1}
     */
    public double designEffect() {
        return designEffect;
    }

    /**
     * The population size of the finite-population correction.
     *
     * @return N, or empty when no correction is made
     */
    public OptionalLong populationSize() {
        return populationSize;
    }

    /**
     * The finite-population correction factor of the variance for a sample of n.
     *
     * @param n the sample size, {@code 1 <= n <= N}
     * @return (N − n) / (N − 1), or 1 without a population size; 0 for a census (N = n)
     * @throws IllegalArgumentException if {@code n < 1} or n is above the population size
     */
    public double finitePopulationFactor(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("Sample size is not strictly positive: " + n);
        }
        if (populationSize.isEmpty()) {
            return 1.0;
        }
        long size = populationSize.getAsLong();
        if (n > size) {
            throw new IllegalArgumentException("Sample size " + n + " is above the population size " + size
                    + " of the finite-population correction");
        }
        return n == size ? 0.0 : (double) (size - n) / (size - 1);
    }

    /**
     * The effective sample size n_eff = n / deff · (N − 1) / (N − n).
     *
     * @param n the sample size, {@code 1 <= n <= N}
     * @return n_eff; positive infinity for a census (N = n)
     * @throws IllegalArgumentException if {@code n < 1} or n is above the population size
     */
    public double effectiveSampleSize(long n) {
        double factor = finitePopulationFactor(n);
        return factor == 0 ? Double.POSITIVE_INFINITY : n / designEffect / factor;
    }

    /**
     * Whether the design corrects anything: a design effect above 1 or a population size.
     *
     * @return false for a simple random sample of an unknown population size
     */
    public boolean isCorrected() {
        return designEffect > 1 || populationSize.isPresent();
    }

    /**
     * The corrections in words, for a sample of n, such as {@code design effect 2; finite-population correction
     * N = 25000, (N − n)/(N − 1) = 0.984; effective sample size 203.25 of n = 400}.
     *
     * @param n the sample size, {@code 1 <= n <= N}
     * @return the description
     * @throws IllegalArgumentException if {@code n < 1} or n is above the population size
     */
    public String describe(long n) {
        StringBuilder b = new StringBuilder();
        if (designEffect > 1) {
            b.append("design effect ").append(number(designEffect));
        } else {
            b.append("no design effect");
        }
        populationSize.ifPresent(size -> b.append("; finite-population correction N = ").append(size)
                .append(", (N − n)/(N − 1) = ").append(number(finitePopulationFactor(n))));
        double eff = effectiveSampleSize(n);
        b.append(Double.isInfinite(eff) ? "; a census (n = N): no sampling error"
                : "; effective sample size " + number(eff) + " of n = " + n);
        return b.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.6g", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof SurveyDesign o && Double.compare(o.designEffect, designEffect) == 0
                && o.populationSize.equals(populationSize);
    }

    @Override
    public int hashCode() {
        return Objects.hash(designEffect, populationSize);
    }

    @Override
    public String toString() {
        return "SurveyDesign[deff " + number(designEffect)
                + (populationSize.isPresent() ? ", N " + populationSize.getAsLong() : "") + "]";
    }
}
