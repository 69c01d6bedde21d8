package org.cspstat.risk;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One issue's row of a risk matrix: its impact score on each dimension.
 *
 * @param issue the issue's name
 * @param scores each dimension's key mapped to its score 1–5, in the matrix's column order
 * @param note the row's free-text note (its basis), empty when none
 * @param line the row's 1-based line in its file, 0 when built in code
 */
public record MatrixRow(String issue, Map<String, Integer> scores, String note, long line) {

    /**
     * Validates and copies the row, keeping the order of the scores.
     *
     * @param issue the issue's name
     * @param scores each dimension's key mapped to its score 1–5, in the matrix's column order
     * @param note the row's free-text note (its basis), empty when none
     * @param line the row's 1-based line in its file, 0 when built in code
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a score is outside 1–5
     */
    public MatrixRow {
        requireNonNull(issue, "issue must not be null");
        requireNonNull(note, "note must not be null");
        Map<String, Integer> copy = new LinkedHashMap<>(requireNonNull(scores, "scores must not be null"));
        copy.forEach((dimension, score) -> {
            if (score == null || score < 1 || score > 5) {
                throw new IllegalArgumentException(issue + ": " + dimension + " score must be 1 to 5 but was " + score);
            }
        });
        scores = Collections.unmodifiableMap(copy);
    }

    /**
     * @param dimension a dimension key such as {@code community_concern}
     * @return the row's score on it
     * @throws IllegalArgumentException if the matrix has no such dimension
     */
    public int score(String dimension) {
        Integer score = scores.get(dimension);
        if (score == null) {
            throw new IllegalArgumentException("no dimension '" + dimension + "' in " + scores.keySet());
        }
        return score;
    }
}
