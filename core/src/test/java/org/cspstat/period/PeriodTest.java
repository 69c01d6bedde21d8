package org.cspstat.period;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final String FORMS =
            ": expected one of 2017/18 (or 2017-18), 2017/18:Q3, 2017/18:Q1-Q3, 2017, 2017-04..2017-12, 2017-04";

    private static void assertPeriod(Period p, String from, String to, String label, String text) {
        assertAll(
                () -> assertEquals(YearMonth.parse(from), p.from(), "from"),
                () -> assertEquals(YearMonth.parse(to), p.to(), "to"),
                () -> assertEquals(label, p.label(), "label"),
                () -> assertEquals(text, p.toString(), "text"));
    }

    private static void assertRejected(String text, String message) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Period.parse(text));
        assertEquals(message, e.getMessage());
    }

    @Test
    void readsOneMonthAndAFinancialYearSpeltWithAHyphen() {
        Period jan = Period.parse("2022-01");
        assertEquals(YearMonth.of(2022, 1), jan.from());
        assertEquals(YearMonth.of(2022, 1), jan.to());
        Period fy = Period.parse("2023-24");
        assertEquals(YearMonth.of(2023, 4), fy.from());
        assertEquals(YearMonth.of(2024, 3), fy.to());
        assertEquals(Period.parse("2023/24").label(), fy.label());
        // December 2011 or 2011/12? Refused, with both spellings that say which
        var e = assertThrows(IllegalArgumentException.class, () -> Period.parse("2011-12"));
        assertTrue(e.getMessage().contains("write 2011/12, or 2011-12..2011-12 for the month"), e.getMessage());
    }

    @Test
    void namesAPeriodTheDataCanCompare() {
        // data from Jan 2021 to Jan 2022: only January 2022 has its year-earlier month
        java.util.function.Predicate<YearMonth> has = m -> !m.isBefore(YearMonth.of(2021, 1))
                && !m.isAfter(YearMonth.of(2022, 1));
        Period p = ComparablePeriod.latest(YearMonth.of(2022, 1), has).orElseThrow();
        assertEquals("2022-01", ComparablePeriod.spelling(p));
        // three years of data: the financial year to date
        java.util.function.Predicate<YearMonth> all = m -> !m.isBefore(YearMonth.of(2019, 1));
        assertEquals("2021-04..2022-01", ComparablePeriod.spelling(ComparablePeriod.latest(YearMonth.of(2022, 1), all)
                .orElseThrow()));
        assertTrue(ComparablePeriod.latest(YearMonth.of(2022, 1), m -> m.getYear() == 2022).isEmpty());
    }

    @Test
    void readsAFinancialYearAsAprilToMarch() {
        assertPeriod(Period.parse("2017/18"), "2017-04", "2018-03",
                "2017/18 (Apr 2017\u2013Mar 2018)", "2017/18");
        assertPeriod(Period.parse("1999/00"), "1999-04", "2000-03",
                "1999/00 (Apr 1999\u2013Mar 2000)", "1999/00");
    }

    @Test
    void readsOneQuarterOfAFinancialYear() {
        assertPeriod(Period.parse("2017/18:Q1"), "2017-04", "2017-06",
                "2017/18 Q1 (Apr\u2013Jun 2017)", "2017/18:Q1");
        assertPeriod(Period.parse("2017/18:Q3"), "2017-10", "2017-12",
                "2017/18 Q3 (Oct\u2013Dec 2017)", "2017/18:Q3");
        assertPeriod(Period.parse("2017/18:Q4"), "2018-01", "2018-03",
                "2017/18 Q4 (Jan\u2013Mar 2018)", "2017/18:Q4");
    }

    @Test
    void readsTheYearToTheEndOfAQuarter() {
        assertPeriod(Period.parse("2017/18:Q1-Q3"), "2017-04", "2017-12",
                "2017/18 Q1\u2013Q3 (Apr\u2013Dec 2017)", "2017/18:Q1-Q3");
        assertPeriod(Period.parse("2017/18:Q2-Q4"), "2017-07", "2018-03",
                "2017/18 Q2\u2013Q4 (Jul 2017\u2013Mar 2018)", "2017/18:Q2-Q4");
    }

    @Test
    void writesQuarterRangesInTheirShortestForm() {
        assertEquals("2017/18", Period.parse("2017/18:Q1-Q4").toString());
        assertEquals("2017/18:Q2", Period.parse("2017/18:Q2-Q2").toString());
    }

    @Test
    void readsACalendarYearAndLabelsItByItsMonths() {
        assertPeriod(Period.parse("2017"), "2017-01", "2017-12", "Jan\u2013Dec 2017", "2017");
        assertEquals(Period.parse("2017"), Period.calendarYear(2017));
    }

    @Test
    void readsAnInclusiveMonthRange() {
        assertPeriod(Period.parse("2017-04..2017-11"), "2017-04", "2017-11",
                "Apr\u2013Nov 2017", "2017-04..2017-11");
        assertPeriod(Period.parse("2021-02..2022-01"), "2021-02", "2022-01",
                "Feb 2021\u2013Jan 2022", "2021-02..2022-01");
        assertPeriod(Period.parse("2022-01..2022-01"), "2022-01", "2022-01", "Jan 2022",
                "2022-01..2022-01");
    }

    @Test
    void namesAMonthRangeThatIsWholeQuartersLikeTheQuarters() {
        assertEquals(Period.parse("2017/18:Q1-Q3"), Period.parse("2017-04..2017-12"));
        assertEquals("2017/18:Q1-Q3", Period.parse("2017-04..2017-12").toString());
    }

    @Test
    void rejectsAMonthThatDoesNotExist() {
        assertRejected("2017-13", "unrecognised period '2017-13' (there is no month 13)" + FORMS);
        assertRejected("2017-04..2017-13",
                "unrecognised period '2017-04..2017-13' (there is no month 13)" + FORMS);
    }

    @Test
    void rejectsAFinancialYearWhoseSecondYearDoesNotFollowTheFirst() {
        assertRejected("2017/19",
                "unrecognised period '2017/19' (the second year must follow the first, as in 2017/18)"
                        + FORMS);
        assertRejected("2017/2018", "unrecognised period '2017/2018'" + FORMS);
    }

    @Test
    void rejectsQuartersOtherThanOneToFour() {
        assertRejected("2017/18:Q5",
                "unrecognised period '2017/18:Q5' (quarters are Q1 to Q4)" + FORMS);
        assertRejected("2017/18:Q0-Q2",
                "unrecognised period '2017/18:Q0-Q2' (quarters are Q1 to Q4)" + FORMS);
    }

    @Test
    void rejectsQuartersOrMonthsInTheWrongOrder() {
        assertRejected("2017/18:Q3-Q1",
                "unrecognised period '2017/18:Q3-Q1' (Q3 comes after Q1)" + FORMS);
        assertRejected("2017-05..2017-04",
                "unrecognised period '2017-05..2017-04' (2017-05 is after 2017-04)" + FORMS);
    }

    @Test
    void rejectsBlankAndPaddedText() {
        assertRejected("", "unrecognised period ''" + FORMS);
        assertRejected("   ", "unrecognised period '   '" + FORMS);
        assertRejected(" 2017", "unrecognised period ' 2017'" + FORMS);
        assertRejected("2017/18:q3", "unrecognised period '2017/18:q3'" + FORMS);
    }

    @Test
    void rejectsAFinancialYearOutsideTheSupportedYears() {
        assertRejected("0999/00",
                "unrecognised period '0999/00' (a financial year must start between 1900 and 2099)"
                        + FORMS);
    }

    @Test
    void rejectsMonthsAndYearsOutsideTheYearsDataMayHave() {
        // issue 15: 0000-01..9999-12 used to hang the command for minutes
        assertRejected("0000-01..9999-12", "unrecognised period '0000-01..9999-12' (years run from 1900 to 2100, the"
                + " years data may have)" + FORMS);
        assertRejected("9999", "unrecognised period '9999' (years run from 1900 to 2100, the years data may have)"
                + FORMS);
        assertRejected("2101-01", "unrecognised period '2101-01' (years run from 1900 to 2100, the years data may have)"
                + FORMS);
        assertRejected("2100/01", "unrecognised period '2100/01' (a financial year must start between 1900 and 2099)"
                + FORMS);
    }

    @Test
    void rejectsNullText() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Period.parse(null));
        assertEquals("text must not be null", e.getMessage());
    }

    @Test
    void listsItsMonthsInOrder() {
        Period q3 = Period.parse("2017/18:Q3");
        assertEquals(List.of(YearMonth.of(2017, 10), YearMonth.of(2017, 11), YearMonth.of(2017, 12)),
                q3.months());
        assertEquals(3, q3.length());
        assertEquals(12, Period.parse("2017/18").length());
        assertEquals(1, Period.month(YearMonth.of(2022, 1)).length());
    }

    @Test
    void containsItsEndMonthsAndNothingOutside() {
        Period p = Period.parse("2017-04..2017-12");
        assertTrue(p.contains(YearMonth.of(2017, 4)));
        assertTrue(p.contains(YearMonth.of(2017, 12)));
        assertFalse(p.contains(YearMonth.of(2017, 3)));
        assertFalse(p.contains(YearMonth.of(2018, 1)));
    }

    @Test
    void movesBackToTheSameMonthsAYearEarlierWithTheirLabel() {
        Period earlier = Period.parse("2017/18:Q1-Q3").minusYears(1);
        assertPeriod(earlier, "2016-04", "2016-12", "2016/17 Q1\u2013Q3 (Apr\u2013Dec 2016)",
                "2016/17:Q1-Q3");
        assertPeriod(Period.parse("2021-02..2022-01").minusYears(2), "2019-02", "2020-01",
                "Feb 2019\u2013Jan 2020", "2019-02..2020-01");
    }

    @Test
    void replacesACustomLabelByTheMonthsWhenMovingBack() {
        Period summer = new Period(YearMonth.of(2021, 6), YearMonth.of(2021, 8), "Summer 2021");
        assertEquals("Summer 2021", summer.label());
        assertEquals("Jun\u2013Aug 2021", summer.monthsLabel());
        assertEquals("Jun\u2013Aug 2020", summer.minusYears(1).label());
    }

    @Test
    void writesItsEndsAsYearAndMonth() {
        Period p = Period.parse("2017/18:Q1-Q3");
        assertEquals("2017-04", p.fromText());
        assertEquals("2017-12", p.toText());
        assertEquals("Apr\u2013Dec 2017", p.monthsLabel());
    }

    @Test
    void labelsInEnglishWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("de-DE"));
            assertEquals("2017/18 Q1\u2013Q3 (Apr\u2013Dec 2017)", Period.parse("2017/18:Q1-Q3").label());
            Locale.setDefault(Locale.forLanguageTag("hi-IN"));
            assertEquals("Sep 2021\u2013Mar 2022", Period.parse("2021-09..2022-03").label());
            assertEquals("2021-09", Period.parse("2021-09..2022-03").fromText());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void rejectsARangeThatEndsBeforeItStarts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Period.of(YearMonth.of(2017, 5), YearMonth.of(2017, 4)));
        assertEquals("period must not start after it ends but was 2017-05..2017-04", e.getMessage());
    }

    @Test
    void rejectsABlankLabel() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Period(YearMonth.of(2017, 4), YearMonth.of(2017, 5), " "));
        assertEquals("label must not be blank", e.getMessage());
    }
}
