package io.github.hrindicators.core.uncertainty;

import java.util.SplittableRandom;

/**
 * An exact Poisson sampler for one mean, drawing from a caller's {@link SplittableRandom} (no shared state).
 *
 * <p>For a mean below 10: multiplication of uniforms (Knuth, TAOCP vol. 2, 3.4.1, algorithm Q); expected
 * mean + 1 uniforms per draw. From 10 on: the transformed rejection method with squeeze PTRS (Hörmann, "The
 * transformed rejection method for generating Poisson random variables", Insurance: Mathematics and Economics 12,
 * 1993, pp. 39-45), as in NumPy's {@code random_poisson_ptrs}; about 2.3 uniforms per draw whatever the mean.
 * Both are exact (no normal approximation) up to double-precision arithmetic; PTRS's final acceptance test
 * subtracts terms of size mean · ln(mean), so it stays accurate for means up to about 10¹², far above the counts of
 * people this library handles.
 *
 * <p>Instances are immutable; thread-safe as long as each thread passes its own generator.
 */
final class PoissonSampler {
    private static final double PTRS_FROM = 10;

    private final double mean;
    private final double expMinusMean;
    private final double logMean;
    private final double b;
    private final double a;
    private final double logInvAlpha;
    private final double vr;

    PoissonSampler(double mean) {
        this.mean = mean;
        this.expMinusMean = Math.exp(-mean);
        this.logMean = Math.log(mean);
        this.b = 0.931 + 2.53 * Math.sqrt(mean);
        this.a = -0.059 + 0.02483 * b;
        this.logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
        this.vr = 0.9277 - 3.6224 / (b - 2);
    }

    /**
     * One draw.
     *
     * @param random the generator
     * @return a Poisson(mean) variate
     */
    double next(SplittableRandom random) {
        if (mean < PTRS_FROM) {
            long k = 0;
            double product = random.nextDouble();
            while (product > expMinusMean) {
                k++;
                product *= random.nextDouble();
            }
            return k;
        }
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            double k = Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b)
                    <= -mean + k * logMean - Distributions.logGamma(k + 1)) {
                return k;
            }
        }
    }
}
