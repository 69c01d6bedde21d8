package org.cspstat.risk;

import static java.util.Objects.requireNonNull;

/**
 * What the data say about one issue (a police.uk category or a group such as "All crime" or
 * "Domestic abuse") in the period assessed, built by the caller from a comparison row. It is
 * the only input of the likelihood score; this package does not compute it.
 *
 * @param issue the issue's name, as in the risk matrix (for example {@code "Burglary"})
 * @param current the count in the current period, never negative
 * @param previous the count in the comparison period, never negative
 * @param percentChange {@code 100·(current−previous)/previous}, NaN when previous is 0
 * @param rateRatio the rate ratio current/previous (infinite when only previous is 0, NaN
 *     when both are 0)
 * @param pAdjusted the p-value of the change after multiple-comparison adjustment
 * @param significant whether the change is significant after adjustment
 */
public record IssueEvidence(String issue, long current, long previous, double percentChange,
        double rateRatio, double pAdjusted, boolean significant) {

    /**
     * Validates the evidence.
     *
     * @param issue the issue's name, as in the risk matrix (for example {@code "Burglary"})
     * @param current the count in the current period, never negative
     * @param previous the count in the comparison period, never negative
     * @param percentChange {@code 100·(current−previous)/previous}, NaN when previous is 0
     * @param rateRatio the rate ratio current/previous (infinite when only previous is 0, NaN
     *     when both are 0)
     * @param pAdjusted the p-value of the change after multiple-comparison adjustment
     * @param significant whether the change is significant after adjustment
     * @throws NullPointerException if issue is null
     * @throws IllegalArgumentException if issue is blank or a count is negative
     */
    public IssueEvidence {
        requireNonNull(issue, "issue must not be null");
        if (issue.isBlank()) {
            throw new IllegalArgumentException("issue must not be blank");
        }
        if (current < 0 || previous < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + current + ", " + previous);
        }
    }
}
