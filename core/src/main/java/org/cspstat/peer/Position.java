package org.cspstat.peer;

/**
 * Where a unit's rate lies against a funnel's limits, in words that do not rank units by noise.
 */
public enum Position {
    /** Above the 99.8% limit. */
    ABOVE_998("above the range expected (beyond the 99.8% limit)"),
    /** Above the 95% limit, within the 99.8% limit. */
    ABOVE_95("above the range expected (beyond the 95% limit, within 99.8%)"),
    /** Between the 95% limits. */
    WITHIN("within the range expected"),
    /** Below the 95% limit, within the 99.8% limit. */
    BELOW_95("below the range expected (beyond the 95% limit, within 99.8%)"),
    /** Below the 99.8% limit. */
    BELOW_998("below the range expected (beyond the 99.8% limit)");

    private final String words;

    Position(String words) {
        this.words = words;
    }

    /** @return the position in words, such as {@code within the range expected} */
    public String words() {
        return words;
    }

    /** @return the short form for tables: above the range, within the range expected, below the range */
    public String shortWords() {
        return switch (this) {
            case ABOVE_998, ABOVE_95 -> "above the range";
            case WITHIN -> "within the range expected";
            case BELOW_95, BELOW_998 -> "below the range";
        };
    }
}
