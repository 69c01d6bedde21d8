package org.cspstat.risk;

import static java.util.Objects.requireNonNull;

/**
 * An issue left out of the ranking, with the reason, so that nothing is dropped silently.
 *
 * @param issue the issue's name
 * @param reason why it was not scored
 */
public record NotScored(String issue, String reason) {

    /** Reason for evidence whose issue the matrix does not score. */
    public static final String NOT_IN_MATRIX = "not in the risk matrix";

    /** Reason for a matrix issue with no evidence. */
    public static final String NO_EVIDENCE = "no evidence for the period";

    /**
     * Validates the entry.
     *
     * @param issue the issue's name
     * @param reason why it was not scored
     * @throws NullPointerException if an argument is null
     */
    public NotScored {
        requireNonNull(issue, "issue must not be null");
        requireNonNull(reason, "reason must not be null");
    }
}
