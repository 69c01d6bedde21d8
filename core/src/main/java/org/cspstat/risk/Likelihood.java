package org.cspstat.risk;

/**
 * An issue's likelihood score and how it was reached: a volume band from its current count, a
 * trend step from its rate ratio and significance, their sum kept within 1–5.
 *
 * @param score the likelihood, {@code volumeBand + trendStep} kept within 1–5
 * @param volumeBand the volume band 1–5
 * @param volumeRank the issue's competition rank by current count among the issues scored
 *     (1 = largest)
 * @param issueCount how many issues were scored
 * @param trendStep −2, −1, 0, +1 or +2: 0 for a change that is not significant, ±1 for a
 *     significant one, ±2 for a significant one with a rate ratio beyond the large ratio
 */
public record Likelihood(int score, int volumeBand, int volumeRank, int issueCount, int trendStep) {

    /**
     * Validates the likelihood.
     *
     * @param score the likelihood, {@code volumeBand + trendStep} kept within 1–5
     * @param volumeBand the volume band 1–5
     * @param volumeRank the issue's competition rank by current count among the issues scored
     *     (1 = largest)
     * @param issueCount how many issues were scored
     * @param trendStep −2, −1, 0, +1 or +2: 0 for a change that is not significant, ±1 for a
     *     significant one, ±2 for a significant one with a rate ratio beyond the large ratio
     * @throws IllegalArgumentException if a value is out of its range or the score is not the
     *     clamped sum of band and step
     */
    public Likelihood {
        if (volumeBand < 1 || volumeBand > 5 || trendStep < -2 || trendStep > 2
                || volumeRank < 1 || issueCount < volumeRank) {
            throw new IllegalArgumentException("likelihood parts out of range: band " + volumeBand
                    + ", step " + trendStep + ", rank " + volumeRank + " of " + issueCount);
        }
        if (score != clamp(volumeBand + trendStep)) {
            throw new IllegalArgumentException("score " + score + " is not band " + volumeBand + " + step " + trendStep);
        }
    }

    /** @return whether the sum of band and step was cut to 1 or 5 */
    public boolean capped() {
        return score != volumeBand + trendStep;
    }

    static int clamp(int value) {
        return Math.max(1, Math.min(5, value));
    }
}
