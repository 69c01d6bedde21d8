package org.cspstat.compare;

import org.cspstat.error.UsageException;
import java.util.Locale;

/** What the rows of a comparison are: categories, areas, or each category in each area. */
public enum Grouping {
    /** One row per issue: All crime, All ASB, user groups, then each category. */
    CATEGORY,
    /** One row per area, for one issue. */
    AREA,
    /** One row per issue and area. */
    CATEGORY_AREA;

    /**
     * Parses {@code category}, {@code area} or {@code category,area}.
     *
     * @param text the option value
     * @return the grouping
     * @throws org.cspstat.error.UsageException naming the accepted forms
     */
    public static Grouping parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (t) {
            case "category" -> CATEGORY;
            case "area" -> AREA;
            case "category,area", "area,category" -> CATEGORY_AREA;
            default -> throw new UsageException("unknown grouping '" + text
                    + "': expected category, area or category,area");
        };
    }

    /** @return true when rows carry an area */
    public boolean hasArea() {
        return this != CATEGORY;
    }
}
