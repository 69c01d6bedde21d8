package org.cspstat.model;

import java.util.Locale;

/**
 * Which way an issue's count should move. For most issues fewer incidents is the goal; for
 * issues the partnership wants reported more (domestic abuse and hate crime, where under-
 * reporting is the known problem) a rise in reports is not a rise in risk: it does not raise the
 * likelihood score, and the words say "more reports" instead of calling it a worsening.
 */
public enum Polarity {
    /** Fewer incidents is better (the usual case). */
    FEWER_IS_BETTER,
    /** More reports is the goal: domestic abuse, hate crime. */
    MORE_REPORTS_WANTED;

    /**
     * The built-in rule: an issue whose name contains "domestic abuse", "domestic violence" or
     * "hate" (any case: "Hate crime", "Hate incidents") wants more reports; every other issue
     * wants fewer incidents.
     *
     * @param issue an issue's name
     * @return its polarity
     */
    public static Polarity of(String issue) {
        String n = issue.toLowerCase(Locale.ROOT);
        return n.contains("domestic abuse") || n.contains("domestic violence") || n.matches(".*\\bhate\\b.*")
                ? MORE_REPORTS_WANTED : FEWER_IS_BETTER;
    }

    /**
     * Words for a direction of change of an issue of this polarity.
     *
     * @param rise true for a rise, false for a fall
     * @return {@code "more reports"} / {@code "fewer reports"} for an issue that wants more
     *     reports; empty otherwise
     */
    public String words(boolean rise) {
        if (this == FEWER_IS_BETTER) {
            return "";
        }
        return rise ? "more reports" : "fewer reports";
    }
}
