package org.cspstat.hotspot;

import java.util.Locale;

/**
 * The emerging-hotspot class of a grid cell over a run of periods (see
 * {@link EmergingHotspots} for the rules). Hot classes have the plain names of the rules; each
 * has a cold mirror whose name ends in {@code cold}. {@link #toString()} gives the lower-case
 * label used in JSON and tables, such as {@code new}, {@code persistent cold} or {@code none}.
 */
public enum EmergingClass {
    /**
     * Hot in the last period only. No longer given: one hot period is not a pattern (see
     * {@link EmergingHotspots}); kept so that labels read elsewhere still parse.
     */
    NEW,
    /** Hot in at least 90% of periods including the last, with a significant upward trend in z. */
    INTENSIFYING,
    /** Hot in at least 90% of periods including the last, with a significant downward trend in z. */
    DIMINISHING,
    /** Hot in at least 90% of periods, without a significant trend in z. */
    PERSISTENT,
    /** Ending in a run of two or more hot periods, or hot last and mostly in recent periods. */
    EMERGING,
    /** Hot in at least 10% of older periods but fewer than 10% of recent ones, and not last. */
    FORMER,
    /** Hot in some period, matching none of the patterns above. */
    SPORADIC,
    /** Cold in the last period only. No longer given, as {@link #NEW}. */
    NEW_COLD,
    /** Cold in at least 90% of periods including the last, z trending significantly down. */
    INTENSIFYING_COLD,
    /** Cold in at least 90% of periods including the last, z trending significantly up. */
    DIMINISHING_COLD,
    /** Cold in at least 90% of periods, without a significant trend in z. */
    PERSISTENT_COLD,
    /** Ending in a run of two or more cold periods, or cold last and mostly in recent periods. */
    EMERGING_COLD,
    /** Cold in at least 10% of older periods but fewer than 10% of recent ones, and not last. */
    FORMER_COLD,
    /** Cold in some period, matching none of the patterns above. */
    SPORADIC_COLD,
    /** Neither hot nor cold in any period. */
    NONE;

    /**
     * Returns the cold mirror of a hot class ({@code NONE} stays {@code NONE}).
     *
     * @return the cold class
     * @throws IllegalStateException when called on a cold class
     */
    public EmergingClass cold() {
        if (this == NONE) {
            return NONE;
        }
        if (isCold()) {
            throw new IllegalStateException(this + " is already a cold class");
        }
        return valueOf(name() + "_COLD");
    }

    /**
     * Tells whether this is a cold-spot class.
     *
     * @return true for the {@code *_COLD} classes
     */
    public boolean isCold() {
        return name().endsWith("_COLD");
    }

    /**
     * Returns the lower-case label, such as {@code intensifying} or {@code former cold}.
     *
     * @return the label
     */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
