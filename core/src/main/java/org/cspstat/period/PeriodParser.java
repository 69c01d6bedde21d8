package org.cspstat.period;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the five accepted period forms; see {@link Period#parse(String)}. Not part of the API. */
final class PeriodParser {

    /** The accepted forms, as listed in every error message. */
    static final String FORMS = "2017/18 (or 2017-18), 2017/18:Q3, 2017/18:Q1-Q3, 2017, 2017-04..2017-12, 2017-04";

    private static final Pattern FINANCIAL =
            Pattern.compile("(\\d{4})/(\\d{2})(?::Q(\\d)(?:-Q(\\d))?)?");
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}");
    private static final Pattern RANGE = Pattern.compile("(\\d{4})-(\\d{2})\\.\\.(\\d{4})-(\\d{2})");
    /** One month, {@code 2022-01}; or a financial year spelt with a hyphen, {@code 2023-24}. */
    private static final Pattern MONTH_OR_YEAR = Pattern.compile("(\\d{4})-(\\d{2})");

    private PeriodParser() {
    }

    static Period parse(String text) {
        requireNonNull(text, "text must not be null");
        Matcher m = FINANCIAL.matcher(text);
        if (m.matches()) {
            return financial(text, m);
        }
        if (CALENDAR.matcher(text).matches()) {
            return Period.calendarYear(year(text, Integer.parseInt(text)));
        }
        m = RANGE.matcher(text);
        if (m.matches()) {
            return range(text, m);
        }
        m = MONTH_OR_YEAR.matcher(text);
        if (m.matches()) {
            return monthOrYear(text, m);
        }
        throw error(text, null);
    }

    private static Period financial(String text, Matcher m) {
        int start = Integer.parseInt(m.group(1));
        if (Integer.parseInt(m.group(2)) != (start + 1) % 100) {
            throw error(text, "the second year must follow the first, as in "
                    + start + "/" + String.format(Locale.ROOT, "%02d", (start + 1) % 100));
        }
        if (start < MIN_YEAR || start >= MAX_YEAR) {
            throw error(text, "a financial year must start between " + MIN_YEAR + " and " + (MAX_YEAR - 1));
        }
        FinancialYear year = FinancialYear.of(start);
        if (m.group(3) == null) {
            return year.period();
        }
        int first = quarter(text, m.group(3));
        int last = m.group(4) == null ? first : quarter(text, m.group(4));
        if (first > last) {
            throw error(text, "Q" + first + " comes after Q" + last);
        }
        return year.quarters(first, last);
    }

    private static int quarter(String text, String digit) {
        int q = Integer.parseInt(digit);
        if (q < 1 || q > 4) {
            throw error(text, "quarters are Q1 to Q4");
        }
        return q;
    }

    /**
     * {@code 2022-01} is January 2022; {@code 2023-24} (no month 24) is the financial year
     * 2023/24. The few that could be either ({@code 2011-12}: December 2011, or 2011/12) are
     * refused with both spellings that say which.
     */
    private static Period monthOrYear(String text, Matcher m) {
        int year = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        boolean financial = second == (year + 1) % 100;
        boolean month = second >= 1 && second <= 12;
        if (financial && month) {
            throw error(text, "it could be " + m.group(1) + "/" + m.group(2) + " (a financial year) or one month: write "
                    + m.group(1) + "/" + m.group(2) + ", or " + text + ".." + text + " for the month");
        }
        if (financial) {
            String slash = m.group(1) + "/" + m.group(2);
            Matcher f = FINANCIAL.matcher(slash);
            f.matches();
            return financial(slash, f);
        }
        YearMonth only = month(text, m.group(1), m.group(2));
        return Period.month(only);
    }

    private static Period range(String text, Matcher m) {
        YearMonth from = month(text, m.group(1), m.group(2));
        YearMonth to = month(text, m.group(3), m.group(4));
        if (from.isAfter(to)) {
            throw error(text, from + " is after " + to);
        }
        return Period.of(from, to);
    }

    private static YearMonth month(String text, String year, String month) {
        int value = Integer.parseInt(month);
        if (value < 1 || value > 12) {
            throw error(text, "there is no month " + month);
        }
        return YearMonth.of(year(text, Integer.parseInt(year)), value);
    }

    /** The years data may have (the readers reject rows outside them): a period 0000-01..9999-12 used to hang. */
    static final int MIN_YEAR = 1900;
    /** The last year data may have. */
    static final int MAX_YEAR = 2100;

    private static int year(String text, int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw error(text, "years run from " + MIN_YEAR + " to " + MAX_YEAR + ", the years data may have");
        }
        return year;
    }

    private static IllegalArgumentException error(String text, String reason) {
        String why = reason == null ? "" : " (" + reason + ")";
        return new IllegalArgumentException(
                "unrecognised period '" + text + "'" + why + ": expected one of " + FORMS);
    }
}
