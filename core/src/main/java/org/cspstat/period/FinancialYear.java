package org.cspstat.period;

import static java.util.Objects.requireNonNull;

import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK financial year, April to March, written {@code 2017/18}.
 *
 * <p>Quarters are Q1 April–June, Q2 July–September, Q3 October–December and Q4 January–March
 * of the following calendar year. Every period this class returns carries the analyst label of
 * {@link Period#of(YearMonth, YearMonth)}, for example {@code 2017/18 Q1–Q3 (Apr–Dec 2017)}.
 *
 * @param startYear the calendar year in which the financial year begins (2017 for 2017/18),
 *     between 1000 and 9998
 */
public record FinancialYear(int startYear) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})/(\\d{2})");

    /**
     * Validates the start year.
     *
     * @param startYear the calendar year in which the financial year begins
     * @throws IllegalArgumentException when the start year is outside 1000–9998
     */
    public FinancialYear {
        if (startYear < 1000 || startYear > 9998) {
            throw new IllegalArgumentException(
                    "financial year must start between 1000 and 9998 but was " + startYear);
        }
    }

    /**
     * Returns the financial year that begins in April of the given calendar year.
     *
     * @param startYear the calendar year of its April, e.g. 2017 for 2017/18
     * @return the financial year
     * @throws IllegalArgumentException when the start year is outside 1000–9998
     */
    public static FinancialYear of(int startYear) {
        return new FinancialYear(startYear);
    }

    /**
     * Parses the form {@code 2017/18}: four digits, a slash, and the last two digits of the
     * following year ({@code 1999/00} is the year starting April 1999).
     *
     * @param text the text to parse
     * @return the financial year
     * @throws IllegalArgumentException naming the text when it is not of that form, or when the
     *     second year does not follow the first (as in {@code 2017/19})
     */
    public static FinancialYear parse(String text) {
        requireNonNull(text, "text must not be null");
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "unrecognised financial year '" + text + "': expected a form like 2017/18");
        }
        FinancialYear year = new FinancialYear(Integer.parseInt(m.group(1)));
        if (Integer.parseInt(m.group(2)) != (year.startYear + 1) % 100) {
            throw new IllegalArgumentException("unrecognised financial year '" + text
                    + "': the second year must follow the first, as in " + year);
        }
        return year;
    }

    /**
     * Returns the financial year that contains a month: January–March belong to the year that
     * began the April before.
     *
     * @param month any month
     * @return the financial year containing it
     * @throws IllegalArgumentException when that year starts outside 1000–9998
     */
    public static FinancialYear containing(YearMonth month) {
        requireNonNull(month, "month must not be null");
        return new FinancialYear(
                month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1);
    }

    /**
     * Returns the quarter (1–4) of the financial year that a month falls in: April–June is 1,
     * January–March is 4.
     *
     * @param month any month
     * @return the quarter number, 1 to 4
     */
    public static int quarterOf(YearMonth month) {
        requireNonNull(month, "month must not be null");
        return (month.getMonthValue() + 8) % 12 / 3 + 1;
    }

    /**
     * Returns the first month of the year: April of its start year.
     *
     * @return April of {@link #startYear()}
     */
    public YearMonth firstMonth() {
        return YearMonth.of(startYear, Month.APRIL);
    }

    /**
     * Returns the last month of the year: March of the following calendar year.
     *
     * @return March of {@code startYear() + 1}
     */
    public YearMonth lastMonth() {
        return YearMonth.of(startYear + 1, Month.MARCH);
    }

    /**
     * Returns the whole year, April to March, labelled e.g. {@code 2017/18 (Apr 2017–Mar 2018)}.
     *
     * @return the twelve months of the year
     */
    public Period period() {
        return Period.of(firstMonth(), lastMonth());
    }

    /**
     * Returns one quarter, labelled e.g. {@code 2017/18 Q3 (Oct–Dec 2017)}.
     *
     * @param quarter 1 to 4
     * @return the three months of that quarter
     * @throws IllegalArgumentException when the quarter is not 1 to 4
     */
    public Period quarter(int quarter) {
        return quarters(quarter, quarter);
    }

    /**
     * Returns a run of whole quarters, labelled e.g. {@code 2017/18 Q2–Q3 (Jul–Dec 2017)}.
     *
     * @param first the first quarter, 1 to 4
     * @param last the last quarter, {@code first} to 4
     * @return the months from the start of {@code first} to the end of {@code last}
     * @throws IllegalArgumentException when a quarter is not 1 to 4 or {@code first > last}
     */
    public Period quarters(int first, int last) {
        checkQuarter(first);
        checkQuarter(last);
        if (first > last) {
            throw new IllegalArgumentException(
                    "first quarter Q" + first + " comes after last quarter Q" + last);
        }
        return Period.of(firstMonth().plusMonths(3L * (first - 1)), firstMonth().plusMonths(3L * last - 1));
    }

    /**
     * Returns the year to the end of a quarter, e.g. {@code toEndOfQuarter(3)} is April–December,
     * labelled {@code 2017/18 Q1–Q3 (Apr–Dec 2017)}: "up to end of quarter 3".
     *
     * @param quarter 1 to 4
     * @return the months from April to the end of that quarter
     * @throws IllegalArgumentException when the quarter is not 1 to 4
     */
    public Period toEndOfQuarter(int quarter) {
        return quarters(1, quarter);
    }

    /**
     * Returns the year to date: April to the given month, which must lie in this year. The label
     * is that of the months, e.g. {@code Apr–Nov 2017}, or the quarters' label when the month
     * ends a quarter.
     *
     * @param lastMonth the last month to include
     * @return the months from April to {@code lastMonth}
     * @throws IllegalArgumentException when {@code lastMonth} is outside this financial year
     */
    public Period yearToDate(YearMonth lastMonth) {
        requireNonNull(lastMonth, "lastMonth must not be null");
        if (lastMonth.isBefore(firstMonth()) || lastMonth.isAfter(lastMonth())) {
            throw new IllegalArgumentException(
                    "month " + lastMonth + " is not in financial year " + this);
        }
        return Period.of(firstMonth(), lastMonth);
    }

    /**
     * Returns the financial year {@code years} earlier.
     *
     * @param years how many years back (negative goes forward)
     * @return the earlier financial year
     * @throws IllegalArgumentException when that year starts outside 1000–9998
     */
    public FinancialYear minusYears(int years) {
        return new FinancialYear(startYear - years);
    }

    /**
     * Returns the year as written, e.g. {@code 2017/18}; {@link #parse(String)} reads it back.
     *
     * @return the year in the form {@code YYYY/YY}
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d/%02d", startYear, (startYear + 1) % 100);
    }

    private static void checkQuarter(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4 but was " + quarter);
        }
    }
}
