package org.cspstat.risk;

/** How likelihood and impact combine into a risk score (setting {@code risk.method}). */
public enum ScoringMethod {
    /** {@code likelihood × impact}, 1–25; the default. Setting value {@code product}. */
    PRODUCT,
    /**
     * {@code wL·likelihood + wI·impact} with the weights {@code risk.weight.likelihood} and
     * {@code risk.weight.impact}. Setting value {@code weighted_sum}.
     */
    WEIGHTED_SUM
}
