package io.github.hrindicators.core.uncertainty;

import java.util.Objects;

/**
 * The Poisson fit of one {@link LogLinearModel} to capture histories, with the figures for choosing between models,
 * as Rcapture's {@code closedp.t} tabulates them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param model the model
 * @param abundance the Poisson estimate of the size, N̂ = n + exp(û) with n people seen
 * @param standardError its standard error, sqrt(exp(û) + exp(2û)·Var(û)) (delta method)
 * @param deviance the deviance of the fit to the 2^t − 1 observed histories
 * @param degreesOfFreedom 2^t − 1 − the number of parameters (intercept included)
 * @param aic Akaike's criterion, −2 ln L + 2p with the full Poisson log-likelihood L
 * @param bic the Bayesian criterion, −2 ln L + p·ln n
 */
public record LogLinearFit(LogLinearModel model, double abundance, double standardError, double deviance,
        int degreesOfFreedom, double aic, double bic) {
    /**
     * Checks the parts.
     *
     * @param model the model
     * @param abundance the estimate
     * @param standardError its standard error
     * @param deviance the deviance
     * @param degreesOfFreedom the degrees of freedom
     * @param aic AIC
     * @param bic BIC
     * @throws NullPointerException if {@code model} is null
     */
    public LogLinearFit {
        Objects.requireNonNull(model, "model");
    }
}
