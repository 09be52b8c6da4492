package io.github.hrindicators.core.uncertainty;

import java.util.Objects;

/**
 * Settings for the coverage intervals of {@link CoverageIntervals}: confidence level, how the numerator is treated,
 * and for Monte Carlo the number of draws and the seed that makes the result reproducible bit for bit.
 *
 * <p>{@link #defaults()} is level 0.95, {@link CountModel#POISSON}, 10,000 draws and seed {@value #DEFAULT_SEED}.
 *
 * @param confidenceLevel the confidence level, strictly between 0 and 1 (0.95 for a 95 % interval)
 * @param numerator how the numerator X is treated
 * @param draws the number of Monte Carlo draws, {@code >= 100}
 * @param seed the seed of the Monte Carlo generator, reported on the returned interval
 */
public record CoverageOptions(double confidenceLevel, CountModel numerator, int draws, long seed) {
    /** The default seed, fixed so that default results are reproducible. */
    public static final long DEFAULT_SEED = 20_261_123L;

    /** The default number of Monte Carlo draws. */
    public static final int DEFAULT_DRAWS = 10_000;

    /** The least number of Monte Carlo draws accepted: fewer cannot place 2.5 % and 97.5 % percentiles. */
    public static final int MIN_DRAWS = 100;

    /**
     * Validates the settings.
     *
     * @param confidenceLevel the confidence level, strictly between 0 and 1
     * @param numerator how the numerator is treated
     * @param draws the number of Monte Carlo draws, {@code >= 100}
     * @param seed the seed of the Monte Carlo generator
     * @throws IllegalArgumentException if the level is not in (0, 1) or {@code draws < 100}
     * @throws NullPointerException if {@code numerator} is null
     */
    public CoverageOptions {
        Distributions.level(confidenceLevel);
        Objects.requireNonNull(numerator, "numerator");
        if (draws < MIN_DRAWS) {
            throw new IllegalArgumentException("Number of draws is below " + MIN_DRAWS + ": " + draws);
        }
    }

    /**
     * The defaults: level 0.95, Poisson numerator, 10,000 draws, seed {@value #DEFAULT_SEED}.
     *
     * @return the default options
     */
    public static CoverageOptions defaults() {
        return new CoverageOptions(0.95, CountModel.POISSON, DEFAULT_DRAWS, DEFAULT_SEED);
    }

    /**
     * A copy with another confidence level.
     *
     * @param level the confidence level, strictly between 0 and 1
     * @return the options
     * @throws IllegalArgumentException if the level is not in (0, 1)
     */
    public CoverageOptions withConfidenceLevel(double level) {
        return new CoverageOptions(level, numerator, draws, seed);
    }

    /**
     * A copy with another treatment of the numerator.
     *
     * @param model how the numerator is treated
     * @return the options
     * @throws NullPointerException if {@code model} is null
     */
    public CoverageOptions withNumerator(CountModel model) {
        return new CoverageOptions(confidenceLevel, model, draws, seed);
    }

    /**
     * A copy with another number of draws.
     *
     * @param newDraws the number of Monte Carlo draws, {@code >= 100}
     * @return the options
     * @throws IllegalArgumentException if {@code newDraws < 100}
     */
    public CoverageOptions withDraws(int newDraws) {
        return new CoverageOptions(confidenceLevel, numerator, newDraws, seed);
    }

    /**
     * A copy with another seed.
     *
     * @param newSeed the seed of the Monte Carlo generator
     * @return the options
     */
    public CoverageOptions withSeed(long newSeed) {
        return new CoverageOptions(confidenceLevel, numerator, draws, newSeed);
    }
}
