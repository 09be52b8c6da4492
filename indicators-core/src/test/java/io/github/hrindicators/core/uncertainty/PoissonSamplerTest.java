package io.github.hrindicators.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PoissonSamplerTest {
    private static final int DRAWS = 200_000;

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 3, 9.99, 10, 57.3, 1505, 1e6})
    void meanAndVarianceEqualTheMean(double mean) {
        SplittableRandom random = new SplittableRandom(99L);
        PoissonSampler sampler = new PoissonSampler(mean);
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < DRAWS; i++) {
            double k = sampler.next(random);
            assertThat(k).isGreaterThanOrEqualTo(0.0).isEqualTo(Math.rint(k));
            sum += k;
            sumSq += k * k;
        }
        double m = sum / DRAWS;
        double v = sumSq / DRAWS - m * m;
        // Poisson(λ): E = Var = λ. SE of the sample mean sqrt(λ / 200000); tolerance 5 SE.
        assertThat(m).isCloseTo(mean, within(5 * Math.sqrt(mean / DRAWS)));
        // SE of the sample variance ≈ λ · sqrt(2 / n) for large λ (plus λ/n for small); tolerance 5 SE, at least 2 %.
        assertThat(v).isCloseTo(mean, within(5 * mean * Math.sqrt(2.0 / DRAWS) + 5 * Math.sqrt(mean / DRAWS)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {3, 12})
    void probabilityOfZeroAndOfTheModeMatchThePoissonMass(double mean) {
        // Poisson mass, hand: P(0) = e^−λ (λ = 3: 0.049787; λ = 12: 6.144e-6), P(k = floor λ) = e^−λ λ^k / k!
        // (λ = 3: 0.224042; λ = 12: 0.114367). SE of a frequency sqrt(p(1 − p)/n); tolerance 5 SE.
        SplittableRandom random = new SplittableRandom(5L);
        PoissonSampler sampler = new PoissonSampler(mean);
        int mode = (int) mean;
        int zeros = 0;
        int modes = 0;
        for (int i = 0; i < DRAWS; i++) {
            double k = sampler.next(random);
            zeros += k == 0 ? 1 : 0;
            modes += k == mode ? 1 : 0;
        }
        double p0 = mean == 3 ? 0.049787 : 6.144e-6;
        double pMode = mean == 3 ? 0.224042 : 0.114367;
        assertThat((double) zeros / DRAWS).isCloseTo(p0, within(5 * Math.sqrt(p0 * (1 - p0) / DRAWS) + 1e-6));
        assertThat((double) modes / DRAWS).isCloseTo(pMode, within(5 * Math.sqrt(pMode * (1 - pMode) / DRAWS)));
    }
}
