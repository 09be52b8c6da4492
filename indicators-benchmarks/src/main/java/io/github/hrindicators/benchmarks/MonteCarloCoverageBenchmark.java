package io.github.hrindicators.benchmarks;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.uncertainty.CoverageIntervals;
import io.github.hrindicators.core.uncertainty.CoverageOptions;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.numbers.gamma.LogGamma;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Monte Carlo coverage interval ({@link CoverageIntervals#monteCarlo}) against a minimal hand-written loop doing the
 * same draws (log-normal N, exact Poisson X by PTRS, sort, two percentiles) in the same run. Scores of the
 * throughput benchmarks are draws per second (one operation = one draw); {@code tenThousandDraws} is the time of
 * one call with the default 10,000 draws.
 */
@State(Scope.Thread)
@Threads(1)
public class MonteCarloCoverageBenchmark {
    private static final int DRAWS = CoverageOptions.DEFAULT_DRAWS;
    private static final long SEED = CoverageOptions.DEFAULT_SEED;

    private final Count numerator = Count.of(1505);
    private final Estimate denominator = Estimate.of(25_000, 20_000, 30_000, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS);
    private final CoverageOptions options = CoverageOptions.defaults();

    /**
     * The library call.
     *
     * @return the interval
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(DRAWS)
    public Interval library() {
        return CoverageIntervals.monteCarlo(numerator, denominator, options);
    }

    /**
     * The baseline: the same draws written out by hand, no validation, no result object.
     *
     * @return the upper percentile (consumed by JMH)
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(DRAWS)
    public double baseline() {
        double median = 25_000;
        double sigma = Math.log(30_000.0 / 20_000.0) / (2 * 1.959963984540054);
        double mean = 1505;
        double sq = Math.sqrt(mean);
        double logMean = Math.log(mean);
        double b = 0.931 + 2.53 * sq;
        double a = -0.059 + 0.02483 * b;
        double logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
        double vr = 0.9277 - 3.6224 / (b - 2);
        SplittableRandom random = new SplittableRandom(SEED);
        double[] c = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            double n = median * Math.exp(sigma * random.nextGaussian());
            double k;
            while (true) {
                double u = random.nextDouble() - 0.5;
                double v = random.nextDouble();
                double us = 0.5 - Math.abs(u);
                k = Math.floor((2 * a / us + b) * u + mean + 0.43);
                if (us >= 0.07 && v <= vr) {
                    break;
                }
                if (k < 0 || (us < 0.013 && v > us)) {
                    continue;
                }
                if (Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b)
                        <= -mean + k * logMean - LogGamma.value(k + 1)) {
                    break;
                }
            }
            c[i] = k / n;
        }
        Arrays.sort(c);
        double h = (DRAWS - 1) * 0.975;
        int j = (int) h;
        return c[j] + (h - j) * (c[j + 1] - c[j]);
    }

    /**
     * One library call with the default 10,000 draws, timed.
     *
     * @return the interval
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Interval tenThousandDraws() {
        return CoverageIntervals.monteCarlo(numerator, denominator, options);
    }
}
