package org.cspstat.stats;

/** What a comparison says in words, once its p-value has been adjusted for multiple tests. */
public enum Verdict {
    /** The rate rose and the adjusted p-value is below the significance level. */
    SIGNIFICANT_INCREASE("significant increase"),
    /** The rate fell and the adjusted p-value is below the significance level. */
    SIGNIFICANT_DECREASE("significant decrease"),
    /** Anything else: not significant, no change in rate, or undefined. */
    NO_CLEAR_CHANGE("no clear change"),
    /**
     * No incidents in either period (0 against 0): nothing to test, so the row is left out of its
     * family of tests and is never called significant.
     */
    NO_INCIDENTS("no incidents");

    private final String words;

    Verdict(String words) {
        this.words = words;
    }

    /**
     * Decides the verdict: significant when {@code pAdjusted < alpha}, an increase when the rate
     * ratio is above 1 (including +Infinity, a count from zero) and a decrease when below 1
     * (including 0). A NaN p-value or rate ratio, or a ratio of exactly 1, gives NO_CLEAR_CHANGE.
     *
     * @param rateRatio the current rate over the previous rate
     * @param pAdjusted the p-value after adjustment for multiple comparisons
     *     (see {@link MultipleComparisons})
     * @param alpha the significance level, strictly between 0 and 1 (usually 0.05)
     * @return the verdict
     * @throws IllegalArgumentException when alpha is not strictly between 0 and 1
     */
    public static Verdict of(double rateRatio, double pAdjusted, double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException(
                    "alpha must be strictly between 0 and 1 but was " + alpha);
        }
        if (!(pAdjusted < alpha)) {
            return NO_CLEAR_CHANGE;
        }
        if (rateRatio > 1) {
            return SIGNIFICANT_INCREASE;
        }
        if (rateRatio < 1) {
            return SIGNIFICANT_DECREASE;
        }
        return NO_CLEAR_CHANGE;
    }

    /**
     * @return true for a significant increase or decrease
     */
    public boolean isSignificant() {
        return this == SIGNIFICANT_INCREASE || this == SIGNIFICANT_DECREASE;
    }

    /**
     * Returns the verdict in words: "significant increase", "significant decrease",
     * "no clear change" or "no incidents".
     *
     * @return the words for this verdict
     */
    public String words() {
        return words;
    }

    /**
     * Returns the verdict in words for an issue of the given polarity: for an issue that wants
     * more reports (domestic abuse, hate crime), a significant change says so, as in
     * "significant increase (more reports)".
     *
     * @param polarity the polarity
     * @return the words for this verdict
     */
    public String words(org.cspstat.model.Polarity polarity) {
        if (polarity == org.cspstat.model.Polarity.MORE_REPORTS_WANTED && isSignificant()) {
            return words + " (" + polarity.words(this == SIGNIFICANT_INCREASE) + ")";
        }
        return words;
    }
}
