package org.cspstat.io;

import java.time.YearMonth;

/**
 * Parses the values every reader shares, with the messages a person sees when a value is bad.
 * Each parser returns null (or NaN) for a bad value after storing the reason in {@link #problem}.
 */
final class Values {
    /** The earliest year a month may have, in any reader. */
    static final int MIN_YEAR = 1900;
    /** The latest year a month may have, in any reader. */
    static final int MAX_YEAR = 2100;

    /** The reason the last parse failed, as {@code kind|reason}. */
    String problem;

    /**
     * Parses {@code YYYY-MM}.
     *
     * @return the month, or null with {@link #problem} set
     */
    YearMonth yearMonth(String text, String column) {
        String t = text.strip();
        if (t.isEmpty()) {
            problem = "empty month|column '" + column + "' is empty";
            return null;
        }
        if (t.length() == 7 && t.charAt(4) == '-' && digits(t, 0, 4) && digits(t, 5, 7)) {
            int year = Integer.parseInt(t, 0, 4, 10);
            int month = Integer.parseInt(t, 5, 7, 10);
            if (month >= 1 && month <= 12) {
                if (year >= MIN_YEAR && year <= MAX_YEAR) {
                    return YearMonth.of(year, month);
                }
                // the counts are dense over the months between the first and the last, and the
                // periods (financial years, the year after) must exist: 0000-01 and 9999-12 are typos
                problem = "bad month|column '" + column + "': year " + year + " is outside " + MIN_YEAR + " to "
                        + MAX_YEAR;
                return null;
            }
        }
        problem = "bad month|column '" + column + "': expected YYYY-MM but was '" + clip(t) + "'";
        return null;
    }

    /**
     * Parses a longitude and latitude pair; both empty means no location.
     *
     * @return {lon, lat}, {NaN, NaN} for no location, or null with {@link #problem} set
     */
    double[] position(String lonText, String latText, String lonColumn, String latColumn) {
        String lo = lonText.strip();
        String la = latText.strip();
        if (lo.isEmpty() && la.isEmpty()) {
            return NO_POSITION;
        }
        if (lo.isEmpty() || la.isEmpty()) {
            problem = "half a position|column '" + (lo.isEmpty() ? lonColumn : latColumn)
                    + "' is empty but '" + (lo.isEmpty() ? latColumn : lonColumn) + "' is not";
            return null;
        }
        double lon = number(lo, lonColumn, -180, 180);
        if (Double.isNaN(lon)) {
            return null;
        }
        double lat = number(la, latColumn, -90, 90);
        if (Double.isNaN(lat)) {
            return null;
        }
        return new double[] {lon, lat};
    }

    private static final double[] NO_POSITION = {Double.NaN, Double.NaN};

    private double number(String t, String column, double min, double max) {
        if (!plainDecimal(t)) {
            problem = "bad coordinate|column '" + column + "': not a plain decimal number: '" + clip(t) + "'";
            return Double.NaN;
        }
        double v = Double.parseDouble(t);
        if (!(v >= min && v <= max)) {
            problem = "bad coordinate|column '" + column + "': " + clip(t) + " is outside " + (int) min + " to " + (int) max;
            return Double.NaN;
        }
        return v;
    }

    /**
     * True for {@code [+-]digits[.digits]} (at least one digit on some side of the point): the
     * numbers a CSV holds. Java's own syntax ({@code 0x1p3}, {@code -0.1d}, {@code 51.9f},
     * {@code 1e2}, {@code Infinity}, {@code NaN}) is not a coordinate.
     */
    static boolean plainDecimal(String t) {
        int i = t.isEmpty() || (t.charAt(0) != '-' && t.charAt(0) != '+') ? 0 : 1;
        int digits = 0;
        boolean point = false;
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits > 0;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Shortens a value quoted in a message so one bad field cannot flood the output, and makes it
     * one printable line: line breaks and tabs become spaces, other control characters (such as
     * a terminal's ESC sequences) become {@code ?}, so a message cannot drive the reader's terminal.
     */
    static String clip(String s) {
        String oneLine = s.replaceAll("[\\r\\n\\t]", " ").replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]", "?");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
    }

    String kind() {
        return problem.substring(0, problem.indexOf('|'));
    }

    String reason() {
        return problem.substring(problem.indexOf('|') + 1);
    }
}
