package io.github.hrindicators.core.uncertainty;

import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.IntervalMethod;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Capture-recapture with three or more lists by log-linear models ({@link LogLinearModel}), as the R package
 * Rcapture computes it (Baillargeon &amp; Rivest, "Rcapture: loglinear models for capture-recapture in R", Journal
 * of Statistical Software 19(5), 2007; Cormack, "Log-linear models for capture-recapture", Biometrics 45, 1989).
 *
 * <p><b>Fit.</b> The counts n_h of the 2^t − 1 observed histories are taken as Poisson with log μ_h = X_h·β, fitted
 * by iteratively reweighted least squares; the intercept u estimates the log of the number never seen, so
 * N̂ = n + exp(û) with n people seen, and SE(N̂) = sqrt(exp(û) + exp(2û)·Var(û)). Deviance, degrees of freedom,
 * AIC (−2 ln L + 2p) and BIC (−2 ln L + p·ln n) are reported for every model ({@link #compare}), so that the choice
 * is the analyst's and visible: the lowest AIC or BIC is a guide, not a rule (Rcapture's advice is to prefer models
 * whose deviance is near their degrees of freedom).
 *
 * <p><b>Interval.</b> The multinomial profile likelihood of N (Cormack 1992; Rcapture's {@code closedpCI.t}): for
 * each N &ge; n the model is fitted to the 2^t histories with n0 = N − n people in the unseen one, and
 * ln L(N) = −D(N)/2 + ln N! − ln n0! + n0·ln n0 − N·ln N. The point {@link SizeEstimate#estimate()} is the N that
 * maximises it, and the interval holds every N with 2·(ln L(N̂) − ln L(N)) &le; χ²₁(level); its lower end is n when
 * the likelihood at n is still above that threshold. The factorials are computed exactly (log-gamma), where
 * Rcapture uses Stirling's formula beyond 100 people: the two agree to far better than a person.
 *
 * <p><b>Assumptions.</b> A closed population over the lists' period, exact record linkage, and every dependence
 * between lists and every heterogeneity between people that matters in the model. With t lists at most 2^t − 1
 * parameters can be estimated; the highest-order interaction is never estimable.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MultipleSources {
    private static final int MAX_ITERATIONS = 100;

    private MultipleSources() {
    }

    /**
     * Fits one model by Poisson regression.
     *
     * @param histories the capture histories
     * @param model the model
     * @return the fit
     * @throws IllegalArgumentException if the model has more parameters than there are observed histories, its
     *     columns are not independent, it names a list beyond the lists given, or the fit does not converge (a
     *     count of 0 can send a parameter to infinity)
     * @throws NullPointerException if an argument is null
     */
    public static LogLinearFit fit(CaptureHistories histories, LogLinearModel model) {
        Objects.requireNonNull(histories, "histories");
        Objects.requireNonNull(model, "model");
        Design d = Design.of(histories, model);
        Poisson fit = Poisson.fit(d.x, d.y, model);
        double unseen = Math.exp(fit.beta[0]);
        double n = histories.seen();
        double se = Math.sqrt(unseen + unseen * unseen * fit.covariance[0][0]);
        int p = d.x[0].length;
        double minus2LogL = fit.minus2LogLikelihood(d.y);
        return new LogLinearFit(model, n + unseen, se, fit.deviance, d.y.length - p, minus2LogL + 2 * p,
                minus2LogL + p * Math.log(n));
    }

    /**
     * Fits several models, for choosing between them, in the order of a criterion.
     *
     * @param histories the capture histories
     * @param models the candidate models, such as {@link LogLinearModel#standardSet()}
     * @param criterion the criterion to order by, such as {@link LogLinearFit#aic()} or {@link LogLinearFit#bic()}
     * @return every fit, the lowest criterion first
     * @throws IllegalArgumentException if a model cannot be fitted (see {@link #fit}) or the list is empty
     * @throws NullPointerException if an argument or a model is null
     */
    public static List<LogLinearFit> compare(CaptureHistories histories, List<LogLinearModel> models,
            ToDoubleFunction<LogLinearFit> criterion) {
        Objects.requireNonNull(criterion, "criterion");
        if (Objects.requireNonNull(models, "models").isEmpty()) {
            throw new IllegalArgumentException("No model to compare");
        }
        return models.stream().map(m -> fit(histories, m)).sorted(Comparator.comparingDouble(criterion)).toList();
    }

    /**
     * The size estimate of one model with its profile likelihood interval.
     *
     * @param histories the capture histories
     * @param model the model
     * @param confidenceLevel the confidence level, strictly between 0 and 1
     * @return the size estimate: the multinomial maximum likelihood estimate with the profile likelihood interval
     *     ({@link IntervalMethod#PROFILE_LIKELIHOOD}) and the Poisson fit's standard error; method
     *     "log-linear capture-recapture, <i>t</i> lists, model <i>name</i>, profile likelihood interval"; inputs
     *     lists, seen, Poisson estimate, deviance, df, AIC, BIC
     * @throws IllegalArgumentException if the model cannot be fitted (see {@link #fit}), the level is not in
     *     (0, 1), or the likelihood does not fall below the interval's threshold for any size up to a thousand times
     *     the estimate (the model leaves the size without an upper bound)
     * @throws NullPointerException if an argument is null
     */
    public static SizeEstimate estimate(CaptureHistories histories, LogLinearModel model, double confidenceLevel) {
        Distributions.level(confidenceLevel);
        LogLinearFit poisson = fit(histories, model);
        Design d = Design.of(histories, model).withUnseen();
        double n = histories.seen();
        DoubleUnaryOperator logLikelihood = size -> d.profileLogLikelihood(size, n, model);
        double[] best = maximise(logLikelihood, n, Math.max(2 * poisson.abundance(), n + 10), model);
        double threshold = best[1] - Distributions.chiSquaredUpperQuantile(1 - confidenceLevel, 1) / 2;
        DoubleUnaryOperator excess = size -> logLikelihood.applyAsDouble(size) - threshold;
        double lower = excess.applyAsDouble(n) >= 0 ? n : root(excess, n, best[0]);
        double high = best[0];
        do {
            high = Math.max(2 * high, high + 10);
            if (high > 1000 * Math.max(best[0], 1)) {
                throw new IllegalArgumentException("The profile likelihood of model " + model.name() + " stays above"
                        + " the " + confidenceLevel + " interval's threshold up to N = " + high + ": the model leaves"
                        + " the size without an upper bound");
            }
        } while (excess.applyAsDouble(high) >= 0);
        double upper = root(excess, high / 2, high);
        Interval interval = Interval.of(lower, upper, IntervalMethod.PROFILE_LIKELIHOOD, confidenceLevel);
        List<SizeEstimate.Input> inputs = List.of(new SizeEstimate.Input("lists", histories.lists()),
                new SizeEstimate.Input("seen", n), new SizeEstimate.Input("Poisson estimate", poisson.abundance()),
                new SizeEstimate.Input("deviance", poisson.deviance()),
                new SizeEstimate.Input("df", poisson.degreesOfFreedom()), new SizeEstimate.Input("AIC", poisson.aic()),
                new SizeEstimate.Input("BIC", poisson.bic()));
        return new SizeEstimate(Estimate.of(best[0], interval), Optional.of(interval),
                OptionalDouble.of(poisson.standardError()), "log-linear capture-recapture, " + histories.lists()
                        + " lists, model " + model.name() + ", profile likelihood interval",
                inputs, List.of(), Optional.empty());
    }

    /** Golden-section search for the maximum of a unimodal function, widening the bracket's top while it rises. */
    private static double[] maximise(DoubleUnaryOperator f, double from, double to, LogLinearModel model) {
        double low = from;
        double high = to;
        while (f.applyAsDouble(high) > f.applyAsDouble((low + high) / 2)) {
            high *= 2;
            if (high > 1000 * to) {
                throw new IllegalArgumentException("The profile likelihood of model " + model.name() + " still rises"
                        + " at N = " + high + ": the model gives no finite estimate of the size");
            }
        }
        double ratio = (Math.sqrt(5) - 1) / 2;
        double a = high - ratio * (high - low);
        double b = low + ratio * (high - low);
        double fa = f.applyAsDouble(a);
        double fb = f.applyAsDouble(b);
        while (high - low > 1e-7 * Math.max(1, high)) {
            if (fa < fb) {
                low = a;
                a = b;
                fa = fb;
                b = low + ratio * (high - low);
                fb = f.applyAsDouble(b);
            } else {
                high = b;
                b = a;
                fb = fa;
                a = high - ratio * (high - low);
                fa = f.applyAsDouble(a);
            }
        }
        double x = (low + high) / 2;
        return new double[] {x, f.applyAsDouble(x)};
    }

    /** Bisection for a sign change of f between a and b. */
    private static double root(DoubleUnaryOperator f, double a, double b) {
        double low = a;
        double high = b;
        boolean lowPositive = f.applyAsDouble(low) >= 0;
        while (high - low > 1e-9 * Math.max(1, high)) {
            double mid = (low + high) / 2;
            if ((f.applyAsDouble(mid) >= 0) == lowPositive) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    /** The design matrix (intercept first) and the counts, over the observed histories, or all 2^t with row 0. */
    private record Design(double[][] x, double[] y) {
        static Design of(CaptureHistories histories, LogLinearModel model) {
            double[][] columns = model.design(histories.lists());
            int cells = columns.length - 1;
            int p = columns[0].length + 1;
            if (p > cells) {
                throw new IllegalArgumentException("Model " + model.name() + " has " + p + " parameters, more than"
                        + " the " + cells + " histories of " + histories.lists() + " lists can estimate");
            }
            double[][] x = new double[cells][p];
            double[] y = new double[cells];
            for (int h = 1; h <= cells; h++) {
                x[h - 1][0] = 1;
                System.arraycopy(columns[h], 0, x[h - 1], 1, p - 1);
                y[h - 1] = histories.countAt(h);
            }
            return new Design(x, y);
        }

        /** The same with the unseen history as the last row (covariates 0), its count set per fit. */
        Design withUnseen() {
            double[][] all = new double[x.length + 1][];
            System.arraycopy(x, 0, all, 0, x.length);
            all[x.length] = new double[x[0].length];
            all[x.length][0] = 1;
            double[] counts = new double[y.length + 1];
            System.arraycopy(y, 0, counts, 0, y.length);
            return new Design(all, counts);
        }

        double profileLogLikelihood(double size, double seen, LogLinearModel model) {
            double unseen = size - seen;
            double[] counts = y.clone();
            counts[counts.length - 1] = unseen;
            double deviance = Poisson.fit(x, counts, model).deviance;
            double correction = Distributions.logGamma(size + 1) - Distributions.logGamma(unseen + 1)
                    + xLogX(unseen) - xLogX(size);
            return -deviance / 2 + correction;
        }
    }

    private static double xLogX(double v) {
        return v > 0 ? v * Math.log(v) : 0;
    }

    /** A Poisson regression fitted by iteratively reweighted least squares. */
    private record Poisson(double[] beta, double[] mu, double deviance, double[][] covariance) {
        static Poisson fit(double[][] x, double[] y, LogLinearModel model) {
            int cells = y.length;
            int p = x[0].length;
            double[] mu = new double[cells];
            double[] eta = new double[cells];
            for (int i = 0; i < cells; i++) {
                mu[i] = y[i] + 0.1;
                eta[i] = Math.log(mu[i]);
            }
            double deviance = deviance(y, mu);
            for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
                double[][] xtwx = new double[p][p];
                double[] xtwz = new double[p];
                for (int i = 0; i < cells; i++) {
                    double z = eta[i] + (y[i] - mu[i]) / mu[i];
                    for (int a = 0; a < p; a++) {
                        double wa = mu[i] * x[i][a];
                        xtwz[a] += wa * z;
                        for (int b = 0; b <= a; b++) {
                            xtwx[a][b] += wa * x[i][b];
                        }
                    }
                }
                double[][] l = cholesky(xtwx);
                if (l.length == 0) {
                    throw iteration == 0 ? dependent(model) : notConverging(model);
                }
                double[] beta = solve(l, xtwz);
                for (int i = 0; i < cells; i++) {
                    double e = 0;
                    for (int a = 0; a < p; a++) {
                        e += x[i][a] * beta[a];
                    }
                    eta[i] = e;
                    mu[i] = Math.exp(e);
                }
                double previous = deviance;
                deviance = deviance(y, mu);
                if (!Double.isFinite(deviance)) {
                    break;
                }
                if (Math.abs(deviance - previous) < 1e-12 * (Math.abs(deviance) + 0.1)) {
                    double[][] converged = cholesky(weighted(x, mu));
                    if (converged.length == 0) {
                        throw notConverging(model);
                    }
                    return new Poisson(beta, mu, deviance, inverse(converged));
                }
            }
            throw notConverging(model);
        }

        private static IllegalArgumentException dependent(LogLinearModel model) {
            return new IllegalArgumentException("The columns of model " + model.name() + " are not independent for"
                    + " these histories: a parameter cannot be estimated");
        }

        private static IllegalArgumentException notConverging(LogLinearModel model) {
            return new IllegalArgumentException("The fit of model " + model.name() + " does not converge: counts of 0"
                    + " in the histories leave one of its parameters without a finite estimate");
        }

        double minus2LogLikelihood(double[] y) {
            double sum = 0;
            for (int i = 0; i < y.length; i++) {
                sum += (y[i] > 0 ? y[i] * Math.log(mu[i]) : 0) - mu[i] - Distributions.logGamma(y[i] + 1);
            }
            return -2 * sum;
        }

        private static double deviance(double[] y, double[] mu) {
            double d = 0;
            for (int i = 0; i < y.length; i++) {
                d += y[i] > 0 ? y[i] * Math.log(y[i] / mu[i]) - (y[i] - mu[i]) : mu[i];
            }
            return 2 * d;
        }

        private static double[][] weighted(double[][] x, double[] mu) {
            int p = x[0].length;
            double[][] xtwx = new double[p][p];
            for (int i = 0; i < x.length; i++) {
                for (int a = 0; a < p; a++) {
                    for (int b = 0; b <= a; b++) {
                        xtwx[a][b] += mu[i] * x[i][a] * x[i][b];
                    }
                }
            }
            return xtwx;
        }

        /** The lower Cholesky factor of a symmetric matrix given by its lower triangle; empty if it is singular. */
        private static double[][] cholesky(double[][] a) {
            int p = a.length;
            double[][] l = new double[p][p];
            for (int j = 0; j < p; j++) {
                double d = a[j][j];
                for (int k = 0; k < j; k++) {
                    d -= l[j][k] * l[j][k];
                }
                if (!(d > 1e-10 * Math.max(1, a[j][j]))) {
                    return new double[0][];
                }
                l[j][j] = Math.sqrt(d);
                for (int i = j + 1; i < p; i++) {
                    double s = a[i][j];
                    for (int k = 0; k < j; k++) {
                        s -= l[i][k] * l[j][k];
                    }
                    l[i][j] = s / l[j][j];
                }
            }
            return l;
        }

        private static double[] solve(double[][] l, double[] b) {
            int p = b.length;
            double[] v = new double[p];
            for (int i = 0; i < p; i++) {
                double s = b[i];
                for (int k = 0; k < i; k++) {
                    s -= l[i][k] * v[k];
                }
                v[i] = s / l[i][i];
            }
            for (int i = p - 1; i >= 0; i--) {
                double s = v[i];
                for (int k = i + 1; k < p; k++) {
                    s -= l[k][i] * v[k];
                }
                v[i] = s / l[i][i];
            }
            return v;
        }

        private static double[][] inverse(double[][] l) {
            int p = l.length;
            double[][] inv = new double[p][];
            for (int c = 0; c < p; c++) {
                double[] e = new double[p];
                e[c] = 1;
                inv[c] = solve(l, e);
            }
            return inv;
        }
    }
}
