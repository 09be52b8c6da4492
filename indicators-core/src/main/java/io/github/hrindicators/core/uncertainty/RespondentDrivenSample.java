package io.github.hrindicators.core.uncertainty;

import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.IntervalMethod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A respondent-driven sample (RDS), such as the region's bio-behavioural surveys of PWID, and estimates of the
 * proportion of the population with a binary trait (HIV-positive, reached by the NSP) that weight each respondent by
 * the inverse of their network size, since people with larger networks are more likely to be recruited.
 *
 * <ul>
 *   <li>{@link Estimator#RDS_II} (Volz &amp; Heckathorn, Journal of Official Statistics 24(1), 2008):
 *   P̂ = Σ_(i has the trait) 1/d_i / Σ_i 1/d_i over every respondent, seeds included, as the R package RDS
 *   ({@code RDS.II.estimates}) computes it.</li>
 *   <li>{@link Estimator#RDS_I} (Salganik &amp; Heckathorn, Sociological Methodology 34, 2004), from the
 *   recruitments: with C_AB the share of recruits of trait-A recruiters who are not A, C_BA the share of recruits of
 *   the others who are A, and D_A, D_B the harmonic mean network sizes of the two groups,
 *   P̂ = C_BA·D_B / (C_AB·D_A + C_BA·D_B).</li>
 * </ul>
 *
 * <p><b>Interval.</b> Salganik's bootstrap (Journal of Urban Health 83, 2006, supplement): a replicate sample is a
 * chain of as many recruits as the sample has, plus one seed; the seed's group is drawn from all respondents, each
 * next recruit's group from the observed recruitments out of the previous one's group (a group whose members
 * recruited nobody uses all recruitments), and its network size and trait from the respondents of that group. The
 * estimator is applied to each of B replicates; the standard error is their standard deviation, the interval
 * P̂ ± z·SE ({@link IntervalMethod#BOOTSTRAP_NORMAL}, not clipped to [0, 1]), with the seed and the number of
 * replicates used recorded on the interval: the same seed gives the same interval. A replicate on which the
 * estimator is not computable (RDS-I when a group recruited nobody) is left out, as the R package RDS does. Within a group, Salganik's paper draws a respondent uniformly
 * ({@link DegreeDraw#UNIFORM}); the R package RDS 0.9-10 ({@code salganik.bootstrap.estimates}) draws one with
 * probability proportional to network size ({@link DegreeDraw#NETWORK_SIZE}), offered to reproduce it.
 *
 * <p><b>Assumptions.</b> Recruitment is a random walk on a connected network with reciprocal ties, each respondent
 * recruits at random from their contacts, network sizes are reported accurately, and the sample is a small part of
 * the population (sampling with replacement).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RespondentDrivenSample {
    /** The estimators. */
    public enum Estimator {
        /** Volz-Heckathorn, inverse network size weights. */
        RDS_II("RDS-II (Volz-Heckathorn)"),
        /** Salganik-Heckathorn, from the recruitment matrix. */
        RDS_I("RDS-I (Salganik-Heckathorn)");

        private final String label;

        Estimator(String label) {
            this.label = label;
        }

        /**
         * The estimator's name.
         *
         * @return the name, such as {@code "RDS-II (Volz-Heckathorn)"}
         */
        public String label() {
            return label;
        }
    }

    /** How the bootstrap draws a respondent of a group. */
    public enum DegreeDraw {
        /** Uniformly, as Salganik (2006) describes it. */
        UNIFORM,
        /** With probability proportional to network size, as the R package RDS 0.9-10 does. */
        NETWORK_SIZE
    }

    /**
     * One respondent.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param id the respondent's code, not blank
     * @param recruiter the code of the respondent who recruited them, or empty for a seed
     * @param networkSize the reported network size (people they know who could be recruited), finite and
     *     {@code > 0}
     * @param trait whether the respondent has the trait estimated
     */
    public record Respondent(String id, Optional<String> recruiter, double networkSize, boolean trait) {
        /**
         * Checks the parts.
         *
         * @param id the code
         * @param recruiter the recruiter's code, or empty
         * @param networkSize the network size
         * @param trait the trait
         * @throws IllegalArgumentException if the code is blank or the network size is not a finite number above 0
         * @throws NullPointerException if {@code id} or {@code recruiter} is null
         */
        public Respondent {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(recruiter, "recruiter");
            if (id.isBlank()) {
                throw new IllegalArgumentException("Respondent code is blank");
            }
            if (!(networkSize > 0 && networkSize < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("Network size of respondent " + id + " is not a finite number"
                        + " above 0: " + networkSize);
            }
        }
    }

    /**
     * An estimate of a proportion from the sample.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param estimator the estimator
     * @param proportion the estimate P̂, as a fraction
     * @param standardError the bootstrap standard error
     * @param interval P̂ ± z·SE, with the level, the seed and the number of replicates used
     * @param respondents the sample size
     */
    public record Estimate(Estimator estimator, double proportion, double standardError, Interval interval,
            int respondents) {
        /**
         * Checks the parts.
         *
         * @param estimator the estimator
         * @param proportion P̂
         * @param standardError SE
         * @param interval the interval
         * @param respondents n
         * @throws NullPointerException if {@code estimator} or {@code interval} is null
         */
        public Estimate {
            Objects.requireNonNull(estimator, "estimator");
            Objects.requireNonNull(interval, "interval");
        }
    }

    private final boolean[] trait;
    private final double[] degree;
    private final int[] recruiter;

    private RespondentDrivenSample(boolean[] trait, double[] degree, int[] recruiter) {
        this.trait = trait;
        this.degree = degree;
        this.recruiter = recruiter;
    }

    /**
     * A sample from its respondents.
     *
     * @param respondents the respondents, at least one
     * @return the sample
     * @throws IllegalArgumentException if there is no respondent, a code is used twice, or a recruiter is not in
     *     the sample or is the respondent themself
     * @throws NullPointerException if the list or a respondent is null
     */
    public static RespondentDrivenSample of(List<Respondent> respondents) {
        List<Respondent> all = List.copyOf(Objects.requireNonNull(respondents, "respondents"));
        if (all.isEmpty()) {
            throw new IllegalArgumentException("A respondent-driven sample needs at least one respondent");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (index.putIfAbsent(all.get(i).id(), i) != null) {
                throw new IllegalArgumentException("Respondent code " + all.get(i).id() + " is used twice");
            }
        }
        boolean[] trait = new boolean[all.size()];
        double[] degree = new double[all.size()];
        int[] recruiter = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            Respondent r = all.get(i);
            trait[i] = r.trait();
            degree[i] = r.networkSize();
            recruiter[i] = r.recruiter().map(code -> {
                Integer at = index.get(code);
                if (at == null || code.equals(r.id())) {
                    throw new IllegalArgumentException("Recruiter " + code + " of respondent " + r.id() + " is "
                            + (at == null ? "not in the sample" : "the respondent themself"));
                }
                return at;
            }).orElse(-1);
        }
        return new RespondentDrivenSample(trait, degree, recruiter);
    }

    /**
     * The point estimate only.
     *
     * @param estimator the estimator
     * @return P̂, as a fraction
     * @throws IllegalArgumentException for RDS-I when a group that has members recruited nobody (C is undefined)
     * @throws NullPointerException if {@code estimator} is null
     */
    public double proportion(Estimator estimator) {
        double p = estimate(Objects.requireNonNull(estimator, "estimator"), trait, degree, recruiter);
        if (Double.isNaN(p)) {
            throw new IllegalArgumentException("RDS-I needs recruits from both groups: those with the trait and"
                    + " those without must each have recruited someone");
        }
        return p;
    }

    /**
     * The estimate with its bootstrap interval.
     *
     * @param estimator the estimator
     * @param draw how a respondent of a group is drawn
     * @param replicates the number B of bootstrap replicates, at least 2
     * @param seed the seed of the random generator
     * @param confidenceLevel the confidence level, strictly between 0 and 1
     * @return the estimate
     * @throws IllegalArgumentException if the sample has no recruitment, B is below 2, the level is not in (0, 1),
     *     or the estimator is not computable on the sample (see {@link #proportion})
     * @throws NullPointerException if {@code estimator} or {@code draw} is null
     */
    public Estimate estimate(Estimator estimator, DegreeDraw draw, int replicates, long seed,
            double confidenceLevel) {
        Objects.requireNonNull(draw, "draw");
        Distributions.level(confidenceLevel);
        if (replicates < 2) {
            throw new IllegalArgumentException("The bootstrap needs at least 2 replicates: " + replicates);
        }
        double point = proportion(estimator);
        double[][] transitions = new double[2][2];
        int recruits = 0;
        for (int i = 0; i < trait.length; i++) {
            if (recruiter[i] >= 0) {
                transitions[group(recruiter[i])][group(i)]++;
                recruits++;
            }
        }
        if (recruits == 0) {
            throw new IllegalArgumentException("The sample has no recruitment (every respondent is a seed), so it"
                    + " cannot be bootstrapped");
        }
        for (int g = 0; g < 2; g++) {
            if (transitions[g][0] + transitions[g][1] == 0) {
                transitions[g][0] = transitions[0][0] + transitions[1][0];
                transitions[g][1] = transitions[0][1] + transitions[1][1];
            }
        }
        double[][] members = {members(true), members(false)};
        SplittableRandom random = new SplittableRandom(seed);
        double sum = 0;
        double sumSquares = 0;
        int used = 0;
        int length = recruits + 1;
        boolean[] t = new boolean[length];
        double[] d = new double[length];
        int[] r = new int[length];
        for (int b = 0; b < replicates; b++) {
            int g = group(random.nextInt(trait.length));
            for (int i = 0; i < length; i++) {
                if (i > 0) {
                    double[] row = transitions[g];
                    g = random.nextDouble() * (row[0] + row[1]) < row[0] ? 0 : 1;
                }
                t[i] = g == 0;
                d[i] = draw(members[g], draw, random);
                r[i] = i - 1;
            }
            double p = estimate(estimator, t, d, r);
            if (!Double.isNaN(p)) {
                sum += p;
                sumSquares += p * p;
                used++;
            }
        }
        if (used < 2) {
            throw new IllegalArgumentException("Fewer than 2 of the " + replicates + " bootstrap replicates allow "
                    + estimator.label());
        }
        double mean = sum / used;
        double se = Math.sqrt(Math.max(0, (sumSquares - used * mean * mean) / (used - 1)));
        double half = Distributions.zTwoSided(confidenceLevel) * se;
        Interval interval = Interval.of(point - half, point + half, IntervalMethod.BOOTSTRAP_NORMAL, confidenceLevel)
                .withMonteCarlo(seed, used);
        return new Estimate(estimator, point, se, interval, trait.length);
    }

    /** Group 0 has the trait, group 1 does not. */
    private int group(int i) {
        return trait[i] ? 0 : 1;
    }

    private double[] members(boolean withTrait) {
        int count = 0;
        for (boolean b : trait) {
            count += b == withTrait ? 1 : 0;
        }
        double[] sizes = new double[count];
        int k = 0;
        for (int i = 0; i < trait.length; i++) {
            if (trait[i] == withTrait) {
                sizes[k++] = degree[i];
            }
        }
        return sizes;
    }

    private static double draw(double[] sizes, DegreeDraw draw, SplittableRandom random) {
        if (draw == DegreeDraw.UNIFORM) {
            return sizes[random.nextInt(sizes.length)];
        }
        double total = 0;
        for (double s : sizes) {
            total += s;
        }
        double u = random.nextDouble() * total;
        for (double s : sizes) {
            u -= s;
            if (u < 0) {
                return s;
            }
        }
        return sizes[sizes.length - 1];
    }

    private static double estimate(Estimator estimator, boolean[] trait, double[] degree, int[] recruiter) {
        double with = 0;
        double withCount = 0;
        double without = 0;
        double withoutCount = 0;
        for (int i = 0; i < trait.length; i++) {
            if (trait[i]) {
                with += 1 / degree[i];
                withCount++;
            } else {
                without += 1 / degree[i];
                withoutCount++;
            }
        }
        if (withCount == 0 || withoutCount == 0) {
            return withCount == 0 ? 0 : 1;
        }
        if (estimator == Estimator.RDS_II) {
            return with / (with + without);
        }
        double[][] c = new double[2][2];
        for (int i = 0; i < trait.length; i++) {
            if (recruiter[i] >= 0) {
                c[trait[recruiter[i]] ? 0 : 1][trait[i] ? 0 : 1]++;
            }
        }
        if (c[0][0] + c[0][1] == 0 || c[1][0] + c[1][1] == 0) {
            return Double.NaN;
        }
        double cab = c[0][1] / (c[0][0] + c[0][1]);
        double cba = c[1][0] / (c[1][0] + c[1][1]);
        double da = withCount / with;
        double db = withoutCount / without;
        return cba * db / (cab * da + cba * db);
    }
}
