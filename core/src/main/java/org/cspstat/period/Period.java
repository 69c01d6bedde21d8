package org.cspstat.period;

import static java.util.Objects.requireNonNull;

import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An inclusive range of whole months with a label a person reads.
 *
 * <p>Police.uk data has no days, so every period is whole months. The label made by
 * {@link #of(YearMonth, YearMonth)} (and so by {@link #parse(String)} and
 * {@link FinancialYear}) is the <em>analyst label</em>:
 * <ul>
 *   <li>whole quarters of one financial year are named, then their months:
 *       {@code 2017/18 (Apr 2017–Mar 2018)}, {@code 2017/18 Q3 (Oct–Dec 2017)},
 *       {@code 2017/18 Q1–Q3 (Apr–Dec 2017)};</li>
 *   <li>anything else is named by its months alone: {@code Jan 2022}, {@code Jan–Dec 2017},
 *       {@code Feb 2021–Jan 2022}.</li>
 * </ul>
 * The months alone are always available from {@link #monthsLabel()}. Month names are English
 * whatever the default locale.
 *
 * @param from the first month, included
 * @param to the last month, included; not before {@code from}
 * @param label the analyst label, not blank
 */
public record Period(YearMonth from, YearMonth to, String label) {

    /**
     * Validates the range and the label.
     *
     * @param from the first month, included
     * @param to the last month, included
     * @param label the label, not blank
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when {@code from} is after {@code to} or the label is blank
     */
    public Period {
        requireNonNull(from, "from must not be null");
        requireNonNull(to, "to must not be null");
        requireNonNull(label, "label must not be null");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException(
                    "period must not start after it ends but was " + from + ".." + to);
        }
        if (label.isBlank()) {
            throw new IllegalArgumentException("label must not be blank");
        }
    }

    /**
     * Returns the months {@code from..to} with the analyst label described in the class comment.
     *
     * @param from the first month, included
     * @param to the last month, included
     * @return the period
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    public static Period of(YearMonth from, YearMonth to) {
        requireNonNull(from, "from must not be null");
        requireNonNull(to, "to must not be null");
        return new Period(from, to, PeriodNames.label(from, to));
    }

    /**
     * Returns a single month, labelled e.g. {@code Jan 2022}.
     *
     * @param month the month
     * @return a period of one month
     */
    public static Period month(YearMonth month) {
        return of(month, month);
    }

    /**
     * Returns a calendar year, January to December, labelled e.g. {@code Jan–Dec 2017} so that
     * it is never mistaken for a financial year.
     *
     * @param year the calendar year
     * @return the twelve months of that year
     */
    public static Period calendarYear(int year) {
        return of(YearMonth.of(year, Month.JANUARY), YearMonth.of(year, Month.DECEMBER));
    }

    /**
     * Parses exactly one of these forms (no surrounding spaces):
     * <ul>
     *   <li>{@code 2017/18}: a financial year, April 2017 to March 2018;</li>
     *   <li>{@code 2017/18:Q3}: one quarter of it (Q1 Apr–Jun … Q4 Jan–Mar);</li>
     *   <li>{@code 2017/18:Q1-Q3}: quarters Qa to Qb with a &lt;= b; Q1-Q3 is the year to the
     *       end of quarter 3, April–December 2017;</li>
     *   <li>{@code 2017}: a calendar year;</li>
     *   <li>{@code 2017-04..2017-12}: the months from one to the other, inclusive.</li>
     * </ul>
     * The result carries the analyst label of {@link #of(YearMonth, YearMonth)}.
     *
     * @param text the text to parse
     * @return the period
     * @throws IllegalArgumentException for any other text, with a message naming the text and
     *     the accepted forms, e.g. {@code unrecognised period '2017-13': expected one of 2017/18,
     *     2017/18:Q3, 2017/18:Q1-Q3, 2017, 2017-04..2017-12}
     */
    public static Period parse(String text) {
        return PeriodParser.parse(text);
    }

    /**
     * Returns every month of the period, in order.
     *
     * @return an unmodifiable list of {@link #length()} months
     */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(length());
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return Collections.unmodifiableList(months);
    }

    /**
     * Returns the number of months, at least 1.
     *
     * @return how many months the period spans
     */
    public int length() {
        return Math.toIntExact(from.until(to, ChronoUnit.MONTHS) + 1);
    }

    /**
     * Tells whether a month lies in the period.
     *
     * @param month the month
     * @return true when {@code from <= month <= to}
     */
    public boolean contains(YearMonth month) {
        requireNonNull(month, "month must not be null");
        return !month.isBefore(from) && !month.isAfter(to);
    }

    /**
     * Returns the same months {@code years} earlier, with the analyst label of those months:
     * {@code 2017/18 Q1–Q3 (Apr–Dec 2017)} becomes {@code 2016/17 Q1–Q3 (Apr–Dec 2016)}. A custom
     * label cannot be moved in time reliably, so the result always has the analyst label.
     *
     * @param years how many years back (negative goes forward)
     * @return the period of the same calendar months {@code years} earlier, of the same length
     */
    public Period minusYears(int years) {
        return of(from.minusYears(years), to.minusYears(years));
    }

    /**
     * Returns the months alone, e.g. {@code Apr–Dec 2017}, {@code Apr 2017–Mar 2018} or
     * {@code Jan 2022}, in English whatever the default locale.
     *
     * @return the months of the period in words
     */
    public String monthsLabel() {
        return PeriodNames.months(from, to);
    }

    /**
     * Returns the first month as {@code YYYY-MM}.
     *
     * @return e.g. {@code 2017-04}
     */
    public String fromText() {
        return from.toString();
    }

    /**
     * Returns the last month as {@code YYYY-MM}.
     *
     * @return e.g. {@code 2017-12}
     */
    public String toText() {
        return to.toString();
    }

    /**
     * Returns the shortest text {@link #parse(String)} reads back as the same months:
     * {@code 2017/18}, {@code 2017/18:Q3}, {@code 2017/18:Q1-Q3}, {@code 2017} or
     * {@code 2017-04..2017-11}. A custom label is not part of this text.
     *
     * @return the period in an accepted form
     */
    @Override
    public String toString() {
        return PeriodNames.spec(from, to);
    }
}
