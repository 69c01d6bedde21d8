package org.cspstat.risk;

import static java.util.Objects.requireNonNull;

/**
 * A district's replacement of one county score, with its reason.
 *
 * @param issue the issue, as spelt in the matrix
 * @param dimension the dimension key, such as {@code community_concern}
 * @param countyScore the county matrix's score it replaces, 1–5
 * @param score the district's score 1–5
 * @param reason why the district changed it, never blank
 * @param line the override's 1-based line in its file, 0 when built in code
 */
public record ScoreOverride(String issue, String dimension, int countyScore, int score, String reason, long line) {

    /**
     * Validates the override.
     *
     * @param issue the issue, as spelt in the matrix
     * @param dimension the dimension key, such as {@code community_concern}
     * @param countyScore the county matrix's score it replaces, 1–5
     * @param score the district's score 1–5
     * @param reason why the district changed it, never blank
     * @param line the override's 1-based line in its file, 0 when built in code
     * @throws NullPointerException if a text is null
     * @throws IllegalArgumentException if a score is outside 1–5 or the reason is blank
     */
    public ScoreOverride {
        requireNonNull(issue, "issue must not be null");
        requireNonNull(dimension, "dimension must not be null");
        requireNonNull(reason, "reason must not be null");
        if (score < 1 || score > 5 || countyScore < 1 || countyScore > 5) {
            throw new IllegalArgumentException("scores must be 1 to 5 but were " + countyScore + ", " + score);
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }
}
