package io.github.hrindicators.core.uncertainty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A log-linear model for capture-recapture with t lists (Fienberg 1972; Cormack 1989; as in the R package Rcapture,
 * Baillargeon &amp; Rivest, Journal of Statistical Software 19(5), 2007). The expected count of capture history
 * h = (h1, …, ht) is log μ_h = u + Σ_j β_j h_j [+ τ·g(f_h)] [+ Σ_(j,k) γ_jk h_j h_k], with f_h = Σ h_j the number
 * of lists holding h, and the people never seen estimated as exp(u):
 * <ul>
 *   <li>{@link #m0()}: one capture effect β·f_h, every list equally likely to hold a person;</li>
 *   <li>{@link #mt()}: one effect per list, independent lists;</li>
 *   <li>{@link #withInteraction(int, int)}: a two-way dependence between lists j and k (such as referrals from one
 *   service to another), Rcapture's {@code mX = ~ . + c1:c2};</li>
 *   <li>heterogeneity of catchability between people (the M_h family), one column g(f): Poisson
 *   g(f) = θ^f − 1, Darroch g(f) = f²/2, Gamma g(f) = −ln(θ + f) + ln θ (Rivest &amp; Baillargeon, Biometrics 63,
 *   2007). Chao's lower-bound model, whose parameters are constrained to be non-negative, is not offered.</li>
 * </ul>
 * Models are named as Rcapture names them: {@code "M0"}, {@code "Mt"}, {@code "Mth Poisson2"},
 * {@code "Mh Gamma3.5"}, with {@code " + [1,2]"} for each interaction.
 *
 * <p>Assumptions: a closed population (nobody enters or leaves during the period the lists cover), exact record
 * linkage, and that the dependences and heterogeneity not modelled are absent.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LogLinearModel {
    private enum Heterogeneity { NONE, POISSON, DARROCH, GAMMA }

    private final boolean listEffects;
    private final Heterogeneity heterogeneity;
    private final double theta;
    private final List<int[]> interactions;

    private LogLinearModel(boolean listEffects, Heterogeneity heterogeneity, double theta, List<int[]> interactions) {
        this.listEffects = listEffects;
        this.heterogeneity = heterogeneity;
        this.theta = theta;
        this.interactions = interactions;
    }

    /**
     * Model M0: every list equally likely to hold a person, people alike.
     *
     * @return the model
     */
    public static LogLinearModel m0() {
        return new LogLinearModel(false, Heterogeneity.NONE, 0, List.of());
    }

    /**
     * Model Mt: one effect per list, lists independent, people alike.
     *
     * @return the model
     */
    public static LogLinearModel mt() {
        return new LogLinearModel(true, Heterogeneity.NONE, 0, List.of());
    }

    /**
     * Rcapture's standard set of closed-population models for lists (its {@code closedp.t} without Chao's and the
     * behavioural models): M0, Mt, Mh and Mth each with Poisson (θ = 2), Darroch and Gamma (θ = 3.5) heterogeneity.
     *
     * @return the eight models
     */
    public static List<LogLinearModel> standardSet() {
        List<LogLinearModel> models = new ArrayList<>();
        models.add(m0());
        models.add(mt());
        for (LogLinearModel base : List.of(m0(), mt())) {
            models.add(base.withPoissonHeterogeneity(2));
            models.add(base.withDarrochHeterogeneity());
            models.add(base.withGammaHeterogeneity(3.5));
        }
        return List.copyOf(models);
    }

    /**
     * This model with a two-way interaction between two lists.
     *
     * @param first one list, numbered from 1
     * @param second another list, numbered from 1
     * @return the model
     * @throws IllegalArgumentException if a number is below 1, the two are equal, or the interaction is already in
     */
    public LogLinearModel withInteraction(int first, int second) {
        if (first < 1 || second < 1 || first == second) {
            throw new IllegalArgumentException("An interaction needs two different lists numbered from 1: " + first
                    + " and " + second);
        }
        int[] pair = {Math.min(first, second), Math.max(first, second)};
        if (interactions.stream().anyMatch(p -> p[0] == pair[0] && p[1] == pair[1])) {
            throw new IllegalArgumentException("Interaction [" + pair[0] + "," + pair[1] + "] is already in " + name());
        }
        List<int[]> more = new ArrayList<>(interactions);
        more.add(pair);
        more.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        return new LogLinearModel(listEffects, heterogeneity, theta, List.copyOf(more));
    }

    /**
     * This model with Poisson heterogeneity, g(f) = θ^f − 1.
     *
     * @param theta θ, finite and {@code > 1} (Rcapture's default is 2)
     * @return the model
     * @throws IllegalArgumentException if θ is not above 1, or the model has heterogeneity already
     */
    public LogLinearModel withPoissonHeterogeneity(double theta) {
        if (!(theta > 1 && theta < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Poisson heterogeneity needs a finite theta above 1: " + theta);
        }
        return heterogeneous(Heterogeneity.POISSON, theta);
    }

    /**
     * This model with Darroch's heterogeneity, g(f) = f²/2.
     *
     * @return the model
     * @throws IllegalArgumentException if the model has heterogeneity already
     */
    public LogLinearModel withDarrochHeterogeneity() {
        return heterogeneous(Heterogeneity.DARROCH, 0);
    }

    /**
     * This model with Gamma heterogeneity, g(f) = −ln(θ + f) + ln θ.
     *
     * @param theta θ, finite and {@code > 0} (Rcapture's example uses 3.5)
     * @return the model
     * @throws IllegalArgumentException if θ is not above 0, or the model has heterogeneity already
     */
    public LogLinearModel withGammaHeterogeneity(double theta) {
        if (!(theta > 0 && theta < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Gamma heterogeneity needs a finite theta above 0: " + theta);
        }
        return heterogeneous(Heterogeneity.GAMMA, theta);
    }

    private LogLinearModel heterogeneous(Heterogeneity kind, double value) {
        if (heterogeneity != Heterogeneity.NONE) {
            throw new IllegalArgumentException(name() + " has heterogeneity already");
        }
        return new LogLinearModel(listEffects, kind, value, interactions);
    }

    /**
     * The model's name, as Rcapture writes it, such as {@code "Mth Poisson2 + [1,2]"}.
     *
     * @return the name
     */
    public String name() {
        StringBuilder s = new StringBuilder(heterogeneity == Heterogeneity.NONE ? (listEffects ? "Mt" : "M0")
                : (listEffects ? "Mth" : "Mh"));
        switch (heterogeneity) {
            case POISSON -> s.append(" Poisson").append(number(theta));
            case DARROCH -> s.append(" Darroch");
            case GAMMA -> s.append(" Gamma").append(number(theta));
            default -> {
            }
        }
        for (int[] p : interactions) {
            s.append(" + [").append(p[0]).append(',').append(p[1]).append(']');
        }
        return s.toString();
    }

    private static String number(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /**
     * The columns of the design matrix after the intercept, for t lists, one row per history index 0 … 2^t − 1
     * (bit j set when list j + 1 holds it); row 0, never seen, is all zeros.
     */
    double[][] design(int lists) {
        for (int[] p : interactions) {
            if (p[1] > lists) {
                throw new IllegalArgumentException("Interaction [" + p[0] + "," + p[1] + "] names a list beyond the "
                        + lists + " lists");
            }
        }
        int columns = (listEffects ? lists : 1) + (heterogeneity == Heterogeneity.NONE ? 0 : 1) + interactions.size();
        double[][] x = new double[1 << lists][columns];
        for (int h = 1; h < x.length; h++) {
            int f = Integer.bitCount(h);
            int c = 0;
            if (listEffects) {
                for (int j = 0; j < lists; j++) {
                    x[h][c++] = h >> j & 1;
                }
            } else {
                x[h][c++] = f;
            }
            switch (heterogeneity) {
                case POISSON -> x[h][c++] = Math.pow(theta, f) - 1;
                case DARROCH -> x[h][c++] = f * f / 2.0;
                case GAMMA -> x[h][c++] = -Math.log(theta + f) + Math.log(theta);
                default -> {
                }
            }
            for (int[] p : interactions) {
                x[h][c++] = (h >> (p[0] - 1) & 1) * (h >> (p[1] - 1) & 1);
            }
        }
        return x;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogLinearModel m && m.name().equals(name());
    }

    @Override
    public int hashCode() {
        return Objects.hash(name());
    }

    @Override
    public String toString() {
        return name();
    }
}
