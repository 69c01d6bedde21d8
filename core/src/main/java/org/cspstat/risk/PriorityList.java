package org.cspstat.risk;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The ranked priorities, with the issues that could not be scored.
 *
 * @param items the ranked issues, rank 1 first
 * @param notScored the issues left out and why, by issue name
 * @param dimensions the matrix's dimension keys, in column order
 * @param method how the scores were combined
 */
public record PriorityList(List<Priority> items, List<NotScored> notScored, List<String> dimensions,
        ScoringMethod method) {

    /**
     * Copies the lists.
     *
     * @param items the ranked issues, rank 1 first
     * @param notScored the issues left out and why, by issue name
     * @param dimensions the matrix's dimension keys, in column order
     * @param method how the scores were combined
     * @throws NullPointerException if an argument is null
     */
    public PriorityList {
        items = List.copyOf(requireNonNull(items, "items must not be null"));
        notScored = List.copyOf(requireNonNull(notScored, "notScored must not be null"));
        dimensions = List.copyOf(requireNonNull(dimensions, "dimensions must not be null"));
        requireNonNull(method, "method must not be null");
    }

    /**
     * @param dimension a dimension's key, such as {@code community_concern}
     * @return it in words, as headings show it: {@code community concern}
     */
    public static String dimensionWords(String dimension) {
        return ConfigCsv.label(dimension);
    }
}
