package org.cspstat.period;

import java.time.Month;
import java.time.YearMonth;

/**
 * Names a month range: its months in English ({@code Apr–Dec 2017}), its analyst label and the
 * shortest text {@link Period#parse(String)} reads back. Not part of the API.
 */
final class PeriodNames {

    /** English abbreviations, fixed so that no output depends on the default locale. */
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    private static final char EN_DASH = '\u2013';

    private PeriodNames() {
    }

    /** {@code Jan 2022}, {@code Apr–Dec 2017} or {@code Apr 2017–Mar 2018}. */
    static String months(YearMonth from, YearMonth to) {
        if (from.equals(to)) {
            return month(from) + " " + from.getYear();
        }
        if (from.getYear() == to.getYear()) {
            return month(from) + EN_DASH + month(to) + " " + to.getYear();
        }
        return month(from) + " " + from.getYear() + EN_DASH + month(to) + " " + to.getYear();
    }

    /**
     * The analyst label: whole financial-year quarters are named with their months in brackets
     * ({@code 2017/18 Q1–Q3 (Apr–Dec 2017)}); anything else is named by its months.
     */
    static String label(YearMonth from, YearMonth to) {
        QuarterRange q = QuarterRange.of(from, to);
        if (q == null) {
            return months(from, to);
        }
        return q.name() + " (" + months(from, to) + ")";
    }

    /** The shortest accepted text for the range, e.g. {@code 2017/18:Q1-Q3}, {@code 2017}. */
    static String spec(YearMonth from, YearMonth to) {
        QuarterRange q = QuarterRange.of(from, to);
        if (q != null) {
            return q.spec();
        }
        if (from.getMonth() == Month.JANUARY && to.getMonth() == Month.DECEMBER
                && from.getYear() == to.getYear() && from.getYear() >= 1000
                && from.getYear() <= 9999) {
            return Integer.toString(from.getYear());
        }
        return from + ".." + to;
    }

    private static String month(YearMonth m) {
        return MONTHS[m.getMonthValue() - 1];
    }

    /** A run of whole quarters within one financial year. */
    private record QuarterRange(FinancialYear year, int first, int last) {

        /** The run the range consists of, or null when it is not whole quarters of one year. */
        static QuarterRange of(YearMonth from, YearMonth to) {
            int start = from.getMonthValue() >= 4 ? from.getYear() : from.getYear() - 1;
            if (start < 1000 || start > 9998) {
                return null;
            }
            FinancialYear year = FinancialYear.of(start);
            boolean startsQuarter = (from.getMonthValue() - 4 + 12) % 3 == 0;
            boolean endsQuarter = (to.getMonthValue() - 3 + 12) % 3 == 0;
            if (!startsQuarter || !endsQuarter || to.isAfter(year.lastMonth())) {
                return null;
            }
            return new QuarterRange(year, FinancialYear.quarterOf(from), FinancialYear.quarterOf(to));
        }

        String name() {
            if (first == 1 && last == 4) {
                return year.toString();
            }
            if (first == last) {
                return year + " Q" + first;
            }
            return year + " Q" + first + EN_DASH + "Q" + last;
        }

        String spec() {
            if (first == 1 && last == 4) {
                return year.toString();
            }
            if (first == last) {
                return year + ":Q" + first;
            }
            return year + ":Q" + first + "-Q" + last;
        }
    }
}
