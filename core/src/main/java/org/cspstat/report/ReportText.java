package org.cspstat.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conventions of the pack's plain text that every renderer (HTML, Markdown, Word) follows: a
 * section's points that begin {@code 1. }, {@code 2. }, … form one numbered list, whose numbers
 * the renderer draws.
 */
public final class ReportText {
    /** A point that begins {@code 12. } is an item of a numbered list. */
    public static final Pattern NUMBERED = Pattern.compile("\\d{1,3}\\.\\s+");

    private ReportText() {
    }

    /**
     * @param point a point of a section
     * @return true when it is an item of a numbered list
     */
    public static boolean numbered(String point) {
        return NUMBERED.matcher(point).lookingAt();
    }

    /**
     * @param point a point of a section
     * @return its text without the leading number, when it is numbered; else the point
     */
    public static String item(String point) {
        Matcher m = NUMBERED.matcher(point);
        return m.lookingAt() ? point.substring(m.end()) : point;
    }
}
