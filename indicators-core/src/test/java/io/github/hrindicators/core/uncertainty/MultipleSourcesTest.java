package io.github.hrindicators.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.IntervalMethod;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reference values: R 4.2.2 with Rcapture 1.4-4 (CRAN), {@code options(digits = 12)}, run on the data sets bundled
 * with Rcapture. {@code HIV}: people with HIV-1 reported by four centres in Rome (Abeni, Brancato &amp; Perucci,
 * Epidemiology 5, 1994). {@code diabetes}: people with diabetes on four lists (Bruno et al. 1994), as typed in
 * Rcapture's {@code closedpCI} help page.
 */
class MultipleSourcesTest {
    /** Rcapture's {@code HIV} data set, as {@code print(HIV)} lists it. */
    static final CaptureHistories HIV = histories(4, "1111", 0, "1110", 3, "1101", 1, "1100", 33, "1011", 0,
            "1010", 20, "1001", 6, "1000", 403, "0111", 3, "0110", 35, "0101", 10, "0100", 545, "0011", 11,
            "0010", 621, "0001", 205);
    /** {@code cbind(histpos.t(4), c(58,157,18,104,46,650,12,709,14,20,7,74,8,182,10))} from Rcapture's help. */
    static final CaptureHistories DIABETES = histories(4, "1111", 58, "1110", 157, "1101", 18, "1100", 104,
            "1011", 46, "1010", 650, "1001", 12, "1000", 709, "0111", 14, "0110", 20, "0101", 7, "0100", 74,
            "0011", 8, "0010", 182, "0001", 10);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // closedpCI.t(HIV, dfreq = TRUE, m = ...)$results, and closedp.t(HIV, dfreq = TRUE) for the table:
        // abundance, stderr, deviance, df, AIC, BIC
        "M0,           11576.7001464, 946.068119322, 297.819167536, 13, 368.85502603,  379.950029396",
        "Mt,           11124.5784692, 904.751977599, 13.0261369483, 10, 90.0619954421, 117.799503856",
        "Mh Poisson2,  15070.9662274, 2972.14557246, 295.93923448,  12, 368.975092974, 385.617598022",
        "Mth Darroch,  21327.4604667, 8428.43302374, 10.4260755372,  9, 89.461934031,  122.746944128",
        "Mth Gamma3.5, 30623.1533704, 18463.14569,   10.3369984279,  9, 89.3728569217, 122.657867019",
        "'Mt + [1,2]',   12318.4676768, 1188.72152038, 7.61375926333,  9, 86.6496177571, 119.934627854",
    })
    void poissonFitsMatchRcapture(String name, double abundance, double se, double deviance, int df, double aic,
            double bic) {
        LogLinearFit fit = MultipleSources.fit(HIV, model(name));

        assertThat(fit.model().name()).isEqualTo(name);
        assertThat(fit.abundance()).isCloseTo(abundance, within(1e-5 * abundance));
        assertThat(fit.standardError()).isCloseTo(se, within(1e-5 * se));
        assertThat(fit.deviance()).isCloseTo(deviance, within(1e-6));
        assertThat(fit.degreesOfFreedom()).isEqualTo(df);
        assertThat(fit.aic()).isCloseTo(aic, within(1e-6));
        assertThat(fit.bic()).isCloseTo(bic, within(1e-6));
    }

    @ParameterizedTest(name = "{0}, level {1}")
    @CsvSource({
        // closedpCI.t(...)$CI: multinomial abundance, infCL, supCL (optimize and uniroot with tol = 1e-4)
        "HIV,      Mt,                        0.95, 11117.0189239, 9531.73551764, 13114.1226416",
        "HIV,      M0,                        0.95, 11569.1282514, 9911.35798081, 13657.4444011",
        "HIV,      Mh Poisson2,               0.95, 15028.645809,  9896.90950944, 21614.9915865",
        "HIV,      'Mt + [1,2]',                0.95, 12308.0336075, 10265.9935108, 14992.3329402",
        // the same with alpha = 0.1
        "HIV,      'Mt + [1,2]',                0.90, 12308.0336075, 10559.1026888, 14507.8804799",
        // mX = ~ . + c1:c3 + c2:c4 + c3:c4 (the interaction set I of Rivest 2011, without its normal heterogeneity)
        "DIABETES, 'Mt + [1,3] + [2,4] + [3,4]', 0.95, 2469.28016798, 2374.48878974, 2584.35445036",
        "DIABETES, Mt,                        0.95, 2249.72440445, 2215.23730883, 2288.11764616",
    })
    void profileLikelihoodIntervalsMatchRcapture(String data, String name, double level, double point,
            double lower, double upper) {
        SizeEstimate s = MultipleSources.estimate(data.equals("HIV") ? HIV : DIABETES, model(name), level);

        // Rcapture's optimiser and root finder stop at a tolerance of 1e-4 on N; ours go further.
        assertThat(s.estimate().point()).isCloseTo(point, within(0.01));
        assertThat(s.interval().orElseThrow().lower()).isCloseTo(lower, within(0.01));
        assertThat(s.interval().orElseThrow().upper()).isCloseTo(upper, within(0.01));
        assertThat(s.interval().orElseThrow().method()).isEqualTo(IntervalMethod.PROFILE_LIKELIHOOD);
        assertThat(s.interval().orElseThrow().confidenceLevel()).hasValue(level);
        assertThat(s.method()).isEqualTo("log-linear capture-recapture, 4 lists, model " + name
                + ", profile likelihood interval");
    }

    @Test
    void threeListsMatchRcapture() {
        // HIV collapsed over list 4 (aggregate(HIV[, 5], by = list(HIV[, 1], HIV[, 2], HIV[, 3]), sum)):
        // 100: 409, 010: 555, 110: 34, 001: 632, 101: 20, 011: 38, 111: 3 (and 000: 205, on list 4 only, dropped)
        CaptureHistories three = histories(3, "100", 409, "010", 555, "110", 34, "001", 632, "101", 20, "011", 38,
                "111", 3);
        // closedpCI.t(X3, dfreq = TRUE, m = "Mt"): 10549.2050771 (SE 985.731866888), deviance 6.17428783209 on 3 df;
        // CI 10540.4130289 [8840.43021196, 12756.1239424]
        LogLinearFit fit = MultipleSources.fit(three, LogLinearModel.mt());
        SizeEstimate s = MultipleSources.estimate(three, LogLinearModel.mt(), 0.95);

        assertThat(fit.abundance()).isCloseTo(10549.2050771, within(0.01));
        assertThat(fit.standardError()).isCloseTo(985.731866888, within(0.01));
        assertThat(fit.deviance()).isCloseTo(6.17428783209, within(1e-6));
        assertThat(fit.degreesOfFreedom()).isEqualTo(3);
        assertThat(s.estimate().point()).isCloseTo(10540.4130289, within(0.01));
        assertThat(s.interval().orElseThrow().lower()).isCloseTo(8840.43021196, within(0.01));
        assertThat(s.interval().orElseThrow().upper()).isCloseTo(12756.1239424, within(0.01));
        assertThat(s.standardError()).hasValueCloseTo(985.731866888, within(0.01));
        assertThat(s.input("seen")).hasValue(1691);
        assertThat(s.input("df")).hasValue(3);
    }

    @Test
    void comparingOrdersEveryCandidateByTheCriterion() {
        // Rcapture's closedp.t(HIV) table: by AIC Mth Gamma3.5 (89.373) is lowest of the eight, then Mth Darroch
        // (89.462), Mth Poisson2 (89.814) and Mt (90.062); by BIC Mt (117.800) comes first.
        List<LogLinearFit> byAic = MultipleSources.compare(HIV, LogLinearModel.standardSet(), LogLinearFit::aic);
        List<LogLinearFit> byBic = MultipleSources.compare(HIV, LogLinearModel.standardSet(), LogLinearFit::bic);

        assertThat(byAic).extracting(f -> f.model().name()).startsWith("Mth Gamma3.5", "Mth Darroch",
                "Mth Poisson2", "Mt").hasSize(8);
        assertThat(byBic.get(0).model().name()).isEqualTo("Mt");
        // Mth Poisson2: 14849.8, SE 2915.1, deviance 10.779 (closedp.t table, one decimal)
        LogLinearFit poisson = byAic.get(2);
        assertThat(poisson.abundance()).isCloseTo(14849.8, within(0.05));
        assertThat(poisson.standardError()).isCloseTo(2915.1, within(0.05));
        assertThat(poisson.deviance()).isCloseTo(10.779, within(5e-4));
    }

    @Test
    void anUpperEndBeyondRcapturesSearchIsFound() {
        // Rcapture: closedpCI.t(HIV, m = "Mth", h = "Gamma", theta = 3.5) stops its search and prints supCL
        // ">91869.5" (infoCI 6), with the multinomial estimate 30252.6293086 and infCL 8772.16971466
        SizeEstimate s = MultipleSources.estimate(HIV, LogLinearModel.mt().withGammaHeterogeneity(3.5), 0.95);

        // The likelihood is flat here (SE 18,463): R's glm stops when the deviance changes by less than 1e-8 of
        // itself, and Rcapture's Stirling approximation shifts the slope by about 1e-10; on so flat a curve either
        // moves the maximum by tenths of a person, so the point is compared to 0.5 (ours comes out 30252.73).
        assertThat(s.estimate().point()).isCloseTo(30252.6293086, within(0.5));
        assertThat(s.interval().orElseThrow().lower()).isCloseTo(8772.16971466, within(0.01));
        assertThat(s.interval().orElseThrow().upper()).isGreaterThan(91869.5);
    }

    @Test
    void refusesModelsTheHistoriesCannotCarry() {
        CaptureHistories three = histories(3, "100", 10, "010", 12, "110", 3, "001", 9, "101", 2, "011", 4,
                "111", 1);
        LogLinearModel saturated = LogLinearModel.mt().withInteraction(1, 2).withInteraction(1, 3)
                .withInteraction(2, 3).withDarrochHeterogeneity();
        assertThatIllegalArgumentException().isThrownBy(() -> MultipleSources.fit(three, saturated))
                .withMessage("Model Mth Darroch + [1,2] + [1,3] + [2,3] has 8 parameters, more than the 7 histories"
                        + " of 3 lists can estimate");
        assertThatIllegalArgumentException().isThrownBy(() -> MultipleSources.fit(three,
                LogLinearModel.mt().withInteraction(1, 4)))
                .withMessage("Interaction [1,4] names a list beyond the 3 lists");
        // lists 1 and 2 never together: their interaction runs off to minus infinity
        CaptureHistories apart = histories(3, "100", 10, "010", 12, "001", 9, "101", 2, "011", 4);
        assertThatIllegalArgumentException().isThrownBy(() -> MultipleSources.fit(apart,
                LogLinearModel.mt().withInteraction(1, 2)))
                .withMessageStartingWith("The fit of model Mt + [1,2] does not converge");
        // hand: with four lists the six pairs add up to f(f − 1)/2 = f²/2 − f/2, so Darroch's column f²/2 is their
        // sum plus half the list columns' sum
        LogLinearModel collinear = LogLinearModel.mt().withDarrochHeterogeneity().withInteraction(1, 2)
                .withInteraction(1, 3).withInteraction(1, 4).withInteraction(2, 3).withInteraction(2, 4)
                .withInteraction(3, 4);
        assertThatIllegalArgumentException().isThrownBy(() -> MultipleSources.fit(DIABETES, collinear))
                .withMessage("The columns of model Mth Darroch + [1,2] + [1,3] + [1,4] + [2,3] + [2,4] + [3,4] are not"
                        + " independent for these histories: a parameter cannot be estimated");
    }

    @Test
    void modelsAreNamedAsRcaptureNamesThemAndCompareByContent() {
        assertThat(LogLinearModel.m0().withPoissonHeterogeneity(2).name()).isEqualTo("Mh Poisson2");
        assertThat(LogLinearModel.mt().withGammaHeterogeneity(3.5).withInteraction(3, 1).name())
                .isEqualTo("Mth Gamma3.5 + [1,3]");
        assertThat(LogLinearModel.mt().withInteraction(2, 3).withInteraction(1, 2))
                .isEqualTo(LogLinearModel.mt().withInteraction(1, 2).withInteraction(2, 3))
                .hasSameHashCodeAs(LogLinearModel.mt().withInteraction(1, 2).withInteraction(2, 3));
        assertThat(LogLinearModel.mt()).isNotEqualTo(LogLinearModel.m0());
        assertThatIllegalArgumentException().isThrownBy(() -> LogLinearModel.mt().withInteraction(2, 2))
                .withMessage("An interaction needs two different lists numbered from 1: 2 and 2");
        assertThatIllegalArgumentException().isThrownBy(() -> LogLinearModel.mt().withInteraction(1, 2)
                .withInteraction(2, 1)).withMessage("Interaction [1,2] is already in Mt + [1,2]");
        assertThatIllegalArgumentException().isThrownBy(() -> LogLinearModel.mt().withDarrochHeterogeneity()
                .withDarrochHeterogeneity()).withMessage("Mth Darroch has heterogeneity already");
        assertThatIllegalArgumentException().isThrownBy(() -> LogLinearModel.mt().withPoissonHeterogeneity(1))
                .withMessage("Poisson heterogeneity needs a finite theta above 1: 1.0");
        assertThatIllegalArgumentException().isThrownBy(() -> LogLinearModel.mt().withGammaHeterogeneity(0))
                .withMessage("Gamma heterogeneity needs a finite theta above 0: 0.0");
    }

    @Test
    void historiesAreCheckedAndCounted() {
        assertThat(HIV.seen()).isEqualTo(1896); // Rcapture: "Number of captured units: 1896"
        assertThat(HIV.count("1100")).isEqualTo(33);
        assertThat(HIV.lists()).isEqualTo(4);
        assertThat(HIV).isEqualTo(histories(4, "1100", 33, "1110", 3, "1101", 1, "1010", 20, "1001", 6, "1000",
                403, "0111", 3, "0110", 35, "0101", 10, "0100", 545, "0011", 11, "0010", 621, "0001", 205));
        assertThat(histories(2, "10", 4, "11", 1).toString()).isEqualTo("CaptureHistories[lists=2, 10=4, 11=1]");
        assertThatIllegalArgumentException().isThrownBy(() -> histories(3, "10", 4))
                .withMessage("Capture history is not 3 characters 0 or 1: '10'");
        assertThatIllegalArgumentException().isThrownBy(() -> histories(2, "00", 4))
                .withMessageStartingWith("Capture history 00 is on no list");
        assertThatIllegalArgumentException().isThrownBy(() -> histories(2, "01", -4))
                .withMessage("Count of capture history 01 is negative: -4");
        assertThatIllegalArgumentException().isThrownBy(() -> histories(2, "01", 0))
                .withMessage("Nobody is seen on any of the 2 lists");
        assertThatIllegalArgumentException().isThrownBy(() -> histories(1, "1", 3))
                .withMessage("Number of lists is not between 2 and 12: 1");
    }

    private static LogLinearModel model(String name) {
        return switch (name) {
            case "M0" -> LogLinearModel.m0();
            case "Mt" -> LogLinearModel.mt();
            case "Mh Poisson2" -> LogLinearModel.m0().withPoissonHeterogeneity(2);
            case "Mth Darroch" -> LogLinearModel.mt().withDarrochHeterogeneity();
            case "Mth Gamma3.5" -> LogLinearModel.mt().withGammaHeterogeneity(3.5);
            case "Mt + [1,2]" -> LogLinearModel.mt().withInteraction(1, 2);
            case "Mt + [1,3] + [2,4] + [3,4]" -> LogLinearModel.mt().withInteraction(1, 3).withInteraction(2, 4)
                    .withInteraction(3, 4);
            default -> throw new IllegalArgumentException(name);
        };
    }

    static CaptureHistories histories(int lists, Object... pairs) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            counts.put((String) pairs[i], ((Integer) pairs[i + 1]).longValue());
        }
        return CaptureHistories.of(lists, counts);
    }
}
