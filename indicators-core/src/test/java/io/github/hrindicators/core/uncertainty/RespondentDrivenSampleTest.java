package io.github.hrindicators.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.uncertainty.RespondentDrivenSample.DegreeDraw;
import io.github.hrindicators.core.uncertainty.RespondentDrivenSample.Estimator;
import io.github.hrindicators.core.uncertainty.RespondentDrivenSample.Respondent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RespondentDrivenSampleTest {
    /**
     * The R package RDS's {@code faux} data (389 respondents), as {@code table(network.size, X)}: network size, then
     * the number of "blue" and of "red" respondents with it.
     */
    private static final int[][] FAUX = {{4, 0, 3}, {5, 1, 2}, {6, 2, 2}, {7, 0, 2}, {8, 5, 3}, {9, 2, 12},
        {10, 5, 6}, {11, 7, 10}, {12, 5, 12}, {13, 11, 17}, {14, 8, 20}, {15, 14, 20}, {16, 8, 22}, {17, 6, 25},
        {18, 5, 17}, {19, 6, 8}, {20, 5, 12}, {21, 6, 9}, {22, 3, 19}, {23, 3, 11}, {24, 1, 9}, {25, 1, 7},
        {26, 4, 1}, {27, 2, 3}, {28, 2, 3}, {29, 3, 4}, {30, 1, 0}, {31, 0, 3}, {32, 2, 2}, {34, 0, 2}, {36, 0, 1},
        {38, 0, 1}, {39, 0, 1}, {43, 0, 2}};

    @Test
    void rdsIiMatchesTheRdsPackagesTest() {
        // RDS 0.9-10, tests/testthat/test-rds-II.R: RDS.II.estimates(faux, outcome.variable = 'X')$estimate
        // = c(blue = 0.310334112778454, red = 0.689665887221546); RDS-II uses only network sizes and traits
        List<Respondent> people = new ArrayList<>();
        for (int[] row : FAUX) {
            for (int k = 0; k < row[1] + row[2]; k++) {
                people.add(new Respondent("r" + people.size(), Optional.empty(), row[0], k < row[1]));
            }
        }
        assertThat(people).hasSize(389);

        assertThat(RespondentDrivenSample.of(people).proportion(Estimator.RDS_II))
                .isCloseTo(0.310334112778454, within(1e-14));
    }

    /**
     * A synthetic sample of 400 (the same rule is in the R script whose output the bootstrap test cites): seeds 1-10
     * (trait when even); respondent i &gt; 10 recruited by (i − 11) div 3 + 1, with the trait when i mod 4 ≠ 0 if the
     * recruiter has it, else when i mod 3 = 0; network size 3 + (37·i mod 41), plus 10 with the trait.
     */
    static RespondentDrivenSample synthetic() {
        List<Respondent> people = new ArrayList<>();
        boolean[] trait = new boolean[401];
        for (int i = 1; i <= 400; i++) {
            int recruiter = (i - 11) / 3 + 1;
            trait[i] = i <= 10 ? i % 2 == 0 : trait[recruiter] ? i % 4 != 0 : i % 3 == 0;
            people.add(new Respondent("p" + i, i <= 10 ? Optional.empty() : Optional.of("p" + recruiter),
                    3 + (37 * i) % 41 + (trait[i] ? 10 : 0), trait[i]));
        }
        return RespondentDrivenSample.of(people);
    }

    @Test
    void rdsIFromTheRecruitmentMatrix() {
        // R 4.2.2 on the synthetic rule: recruitments with the trait -> with 151, -> without 53; without -> with
        // 62, -> without 124; hand: C_AB = 53 / 204 = 0.259804, C_BA = 62 / 186 = 0.333333; harmonic mean network
        // sizes D_A = 27.927909953425143, D_B = 15.072458147863212 (R: 1 / mean(1 / d));
        // P = 0.333333 · 15.072458 / (0.259804 · 27.927910 + 0.333333 · 15.072458) = 0.409135181479086
        RespondentDrivenSample s = synthetic();

        assertThat(s.proportion(Estimator.RDS_I)).isCloseTo(0.409135181479086, within(1e-12));
        // R: sum(w[trait]) / sum(w) = 0.392630336908264, against the unweighted share 0.545
        assertThat(s.proportion(Estimator.RDS_II)).isCloseTo(0.392630336908264, within(1e-14));
    }

    @Test
    void bootstrapStandardErrorsMatchAnRRunOfTheSameAlgorithm() {
        // R 4.2.2, set.seed(20261206), 20,000 replicates of RDS 0.9-10's salganik.bootstrap.estimates written out
        // in base R for RDS-II (its Monte Carlo error is about 0.5 %): network-size-weighted draws SE 0.041878;
        // uniform draws SE 0.042296. Ours, 4,000 replicates (about 1.1 %): within 4 %.
        RespondentDrivenSample s = synthetic();

        RespondentDrivenSample.Estimate weighted = s.estimate(Estimator.RDS_II, DegreeDraw.NETWORK_SIZE, 4000, 7, 0.95);
        RespondentDrivenSample.Estimate uniform = s.estimate(Estimator.RDS_II, DegreeDraw.UNIFORM, 4000, 7, 0.95);

        assertThat(weighted.standardError()).isCloseTo(0.041878, within(0.04 * 0.041878));
        assertThat(uniform.standardError()).isCloseTo(0.042296, within(0.04 * 0.042296));
        assertThat(weighted.proportion()).isCloseTo(0.392630336908264, within(1e-14));
        assertThat(weighted.interval().lower()).isCloseTo(0.392630336908264 - 1.959964 * weighted.standardError(),
                within(1e-6));
        assertThat(weighted.interval().method()).isEqualTo(IntervalMethod.BOOTSTRAP_NORMAL);
        assertThat(weighted.interval().seed()).hasValue(7);
        assertThat(weighted.interval().draws()).hasValue(4000);
        assertThat(weighted.respondents()).isEqualTo(400);
    }

    @Test
    void theSameSeedGivesTheSameInterval() {
        RespondentDrivenSample s = synthetic();

        RespondentDrivenSample.Estimate a = s.estimate(Estimator.RDS_I, DegreeDraw.UNIFORM, 200, 42, 0.9);
        RespondentDrivenSample.Estimate b = s.estimate(Estimator.RDS_I, DegreeDraw.UNIFORM, 200, 42, 0.9);
        RespondentDrivenSample.Estimate c = s.estimate(Estimator.RDS_I, DegreeDraw.UNIFORM, 200, 43, 0.9);

        assertThat(a).isEqualTo(b);
        assertThat(c.standardError()).isNotEqualTo(a.standardError());
        assertThat(a.interval().confidenceLevel()).hasValue(0.9);
    }

    @Test
    void refusesSamplesThatDoNotHold() {
        Respondent seed = new Respondent("a", Optional.empty(), 5, true);
        assertThatIllegalArgumentException().isThrownBy(() -> RespondentDrivenSample.of(List.of(seed, seed)))
                .withMessage("Respondent code a is used twice");
        assertThatIllegalArgumentException().isThrownBy(() -> RespondentDrivenSample.of(List.of(seed,
                new Respondent("b", Optional.of("z"), 5, false))))
                .withMessage("Recruiter z of respondent b is not in the sample");
        assertThatIllegalArgumentException().isThrownBy(() -> RespondentDrivenSample.of(List.of(
                new Respondent("b", Optional.of("b"), 5, false))))
                .withMessage("Recruiter b of respondent b is the respondent themself");
        assertThatIllegalArgumentException().isThrownBy(() -> new Respondent("c", Optional.empty(), 0, true))
                .withMessage("Network size of respondent c is not a finite number above 0: 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> RespondentDrivenSample.of(List.of()))
                .withMessage("A respondent-driven sample needs at least one respondent");
        RespondentDrivenSample seedsOnly = RespondentDrivenSample.of(List.of(seed,
                new Respondent("b", Optional.empty(), 4, false)));
        // hand: RDS-II (1/5) / (1/5 + 1/4) = 0.444444
        assertThat(seedsOnly.proportion(Estimator.RDS_II)).isCloseTo(4.0 / 9, within(1e-15));
        assertThatIllegalArgumentException().isThrownBy(() -> seedsOnly.estimate(Estimator.RDS_II,
                DegreeDraw.UNIFORM, 100, 1, 0.95)).withMessageStartingWith("The sample has no recruitment");
        assertThatIllegalArgumentException().isThrownBy(() -> seedsOnly.proportion(Estimator.RDS_I))
                .withMessageStartingWith("RDS-I needs recruits from both groups");
        assertThatIllegalArgumentException().isThrownBy(() -> synthetic().estimate(Estimator.RDS_II,
                DegreeDraw.UNIFORM, 1, 1, 0.95)).withMessage("The bootstrap needs at least 2 replicates: 1");
    }

    @Test
    void aSampleWithoutTheTraitEstimatesZero() {
        RespondentDrivenSample none = RespondentDrivenSample.of(List.of(new Respondent("a", Optional.empty(), 5,
                false), new Respondent("b", Optional.of("a"), 4, false)));

        assertThat(none.proportion(Estimator.RDS_I)).isZero();
        assertThat(none.proportion(Estimator.RDS_II)).isZero();
    }
}
