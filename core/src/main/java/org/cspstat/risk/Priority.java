package org.cspstat.risk;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One ranked issue of a {@link PriorityList}.
 *
 * @param rank the 1-based rank, unique
 * @param issue the issue's name
 * @param likelihood the likelihood score 1–5
 * @param impact the impact score 1–5
 * @param score the risk score
 * @param band the risk band
 * @param dimensions each dimension key mapped to its effective score (after overrides), in
 *     matrix order
 * @param likelihoodBasis how the likelihood was reached
 * @param impactMean the weighted mean of the dimension scores, to two decimals
 * @param overrides the district overrides applied to this issue
 * @param evidence the evidence scored
 * @param explanation the one-line explanation with every number behind the score
 * @param sensitivity the smallest single-score change that moves the band, if any
 */
public record Priority(int rank, String issue, int likelihood, int impact, double score, Band band,
        Map<String, Integer> dimensions, Likelihood likelihoodBasis, double impactMean,
        List<ScoreOverride> overrides, IssueEvidence evidence, String explanation,
        Optional<BandChange> sensitivity) {

    /**
     * Validates and copies the item.
     *
     * @param rank the 1-based rank, unique
     * @param issue the issue's name
     * @param likelihood the likelihood score 1–5
     * @param impact the impact score 1–5
     * @param score the risk score
     * @param band the risk band
     * @param dimensions each dimension key mapped to its effective score (after overrides), in
     *     matrix order
     * @param likelihoodBasis how the likelihood was reached
     * @param impactMean the weighted mean of the dimension scores, to two decimals
     * @param overrides the district overrides applied to this issue
     * @param evidence the evidence scored
     * @param explanation the one-line explanation with every number behind the score
     * @param sensitivity the smallest single-score change that moves the band, if any
     * @throws NullPointerException if an object argument is null
     * @throws IllegalArgumentException if the rank is below 1
     */
    public Priority {
        if (rank < 1) {
            throw new IllegalArgumentException("rank must be at least 1 but was " + rank);
        }
        requireNonNull(issue, "issue must not be null");
        requireNonNull(band, "band must not be null");
        dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(dimensions, "dimensions must not be null")));
        requireNonNull(likelihoodBasis, "likelihoodBasis must not be null");
        overrides = List.copyOf(requireNonNull(overrides, "overrides must not be null"));
        requireNonNull(evidence, "evidence must not be null");
        requireNonNull(explanation, "explanation must not be null");
        requireNonNull(sensitivity, "sensitivity must not be null");
    }

    /**
     * @param newRank the rank to give
     * @return this item with another rank
     */
    Priority withRank(int newRank) {
        return new Priority(newRank, issue, likelihood, impact, score, band, dimensions, likelihoodBasis,
                impactMean, overrides, evidence, explanation, sensitivity);
    }
}
