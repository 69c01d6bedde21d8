package org.cspstat.risk;

import static java.util.Objects.requireNonNull;

/**
 * The smallest change to one input score that moves an issue into another band.
 *
 * @param input {@code likelihood} or a dimension key such as {@code community_concern}
 * @param from the input's score now
 * @param to the score that moves the issue
 * @param band the band the issue would move to
 */
public record BandChange(String input, int from, int to, Band band) {

    /** The input name used for the likelihood. */
    public static final String LIKELIHOOD = "likelihood";

    /**
     * Validates the change.
     *
     * @param input {@code likelihood} or a dimension key such as {@code community_concern}
     * @param from the input's score now
     * @param to the score that moves the issue
     * @param band the band the issue would move to
     * @throws NullPointerException if input or band is null
     * @throws IllegalArgumentException if a score is outside 1–5 or from equals to
     */
    public BandChange {
        requireNonNull(input, "input must not be null");
        requireNonNull(band, "band must not be null");
        if (from < 1 || from > 5 || to < 1 || to > 5 || from == to) {
            throw new IllegalArgumentException("not a change of a 1-5 score: " + from + " -> " + to);
        }
    }

    /** @return the size of the change, {@code |to − from|} */
    public int size() {
        return Math.abs(to - from);
    }

    /** @return the change in words, for example {@code community concern 3 → 4 moves it to HIGH} */
    public String text() {
        return ConfigCsv.label(input) + " " + from + " \u2192 " + to + " moves it to " + band;
    }
}
