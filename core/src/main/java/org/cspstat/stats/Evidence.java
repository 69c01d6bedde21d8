package org.cspstat.stats;

/**
 * Wheeler's screening bands for a Poisson z-score ({@link PoissonZ}). A screening rule only: the
 * bands can claim more than the exact test (5 against 0 gives z = 4.47, "strong", but an exact
 * p-value of 0.0625), so no output of cspstat uses these words; verdicts come from
 * {@link RateTest}.
 */
public enum Evidence {
    /** |z| of 2 or less, or an undefined score. */
    NONE("no clear evidence"),
    /** 2 &lt; |z| &lt;= 3. */
    WEAK("weak evidence"),
    /** |z| &gt; 3. */
    STRONG("strong evidence");

    private final String words;

    Evidence(String words) {
        this.words = words;
    }

    /**
     * Classifies a z-score: |z| &gt; 3 is strong, |z| &gt; 2 weak, anything else (including NaN)
     * none. The bounds are strict: z = 2 exactly (25 against 16) is NONE.
     *
     * @param z the z-score
     * @return the strength of evidence
     */
    public static Evidence of(double z) {
        double size = Math.abs(z);
        if (size > 3) {
            return STRONG;
        }
        if (size > 2) {
            return WEAK;
        }
        return NONE;
    }

    /**
     * Returns the band in words: "no clear evidence", "weak evidence", "strong evidence". Not for
     * reports: see the class comment.
     *
     * @return the words for this strength
     */
    public String words() {
        return words;
    }
}
