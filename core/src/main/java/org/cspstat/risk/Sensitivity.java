package org.cspstat.risk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds, for one issue, the smallest change to one input score (the likelihood or one impact
 * dimension, each kept within 1–5) that moves the issue into another band. Ties between
 * changes of the same size go to the likelihood first, then the dimensions in matrix column
 * order, and for one input to the increase before the decrease.
 */
final class Sensitivity {

    private final Scorer scorer;

    Sensitivity(Scorer scorer) {
        this.scorer = scorer;
    }

    /**
     * @param likelihood the likelihood
     * @param dimensions the effective dimension scores, in matrix order
     * @return the smallest change, or empty when no single change moves the band
     */
    Optional<BandChange> smallest(int likelihood, Map<String, Integer> dimensions) {
        Band now = scorer.band(likelihood, dimensions);
        for (int size = 1; size <= 4; size++) {
            for (int sign : new int[] {1, -1}) {
                // likelihood first
                int l = likelihood + sign * size;
                if (l >= 1 && l <= 5) {
                    Band band = scorer.band(l, dimensions);
                    if (band != now) {
                        return Optional.of(new BandChange(BandChange.LIKELIHOOD, likelihood, l, band));
                    }
                }
            }
            for (String dimension : dimensions.keySet()) {
                for (int sign : new int[] {1, -1}) {
                    int from = dimensions.get(dimension);
                    int to = from + sign * size;
                    if (to < 1 || to > 5) {
                        continue;
                    }
                    Map<String, Integer> changed = new LinkedHashMap<>(dimensions);
                    changed.put(dimension, to);
                    Band band = scorer.band(likelihood, changed);
                    if (band != now) {
                        return Optional.of(new BandChange(dimension, from, to, band));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
