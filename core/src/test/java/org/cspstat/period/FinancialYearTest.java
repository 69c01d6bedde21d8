package org.cspstat.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class FinancialYearTest {

    @Test
    void writesItselfAsTheStartYearAndTheLastTwoDigitsOfTheNext() {
        assertEquals("2017/18", FinancialYear.of(2017).toString());
        assertEquals("1999/00", FinancialYear.of(1999).toString());
        assertEquals("2009/10", FinancialYear.of(2009).toString());
    }

    @Test
    void readsItsOwnForm() {
        assertEquals(FinancialYear.of(2017), FinancialYear.parse("2017/18"));
        assertEquals(FinancialYear.of(1999), FinancialYear.parse("1999/00"));
    }

    @Test
    void rejectsASecondYearThatDoesNotFollowTheFirst() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FinancialYear.parse("2017/19"));
        assertEquals("unrecognised financial year '2017/19': the second year must follow the first,"
                + " as in 2017/18", e.getMessage());
    }

    @Test
    void rejectsOtherForms() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FinancialYear.parse("2017-18"));
        assertEquals("unrecognised financial year '2017-18': expected a form like 2017/18",
                e.getMessage());
    }

    @Test
    void rejectsYearsOutsideFourDigits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FinancialYear.of(999));
        assertEquals("financial year must start between 1000 and 9998 but was 999", e.getMessage());
    }

    @Test
    void putsJanuaryToMarchInTheYearThatBeganTheAprilBefore() {
        assertEquals(FinancialYear.of(2017), FinancialYear.containing(YearMonth.of(2017, 4)));
        assertEquals(FinancialYear.of(2017), FinancialYear.containing(YearMonth.of(2018, 3)));
        assertEquals(FinancialYear.of(2016), FinancialYear.containing(YearMonth.of(2017, 3)));
    }

    @Test
    void numbersQuartersFromApril() {
        assertEquals(1, FinancialYear.quarterOf(YearMonth.of(2017, 4)));
        assertEquals(1, FinancialYear.quarterOf(YearMonth.of(2017, 6)));
        assertEquals(2, FinancialYear.quarterOf(YearMonth.of(2017, 7)));
        assertEquals(3, FinancialYear.quarterOf(YearMonth.of(2017, 12)));
        assertEquals(4, FinancialYear.quarterOf(YearMonth.of(2018, 1)));
        assertEquals(4, FinancialYear.quarterOf(YearMonth.of(2018, 3)));
    }

    @Test
    void spansAprilToMarch() {
        Period year = FinancialYear.of(2017).period();
        assertEquals(YearMonth.of(2017, 4), year.from());
        assertEquals(YearMonth.of(2018, 3), year.to());
        assertEquals("2017/18 (Apr 2017\u2013Mar 2018)", year.label());
    }

    @Test
    void givesEachQuarterItsThreeMonths() {
        FinancialYear fy = FinancialYear.of(2017);
        assertEquals(Period.parse("2017-04..2017-06"), fy.quarter(1));
        assertEquals(Period.parse("2017-07..2017-09"), fy.quarter(2));
        assertEquals(Period.parse("2017-10..2017-12"), fy.quarter(3));
        assertEquals(Period.parse("2018-01..2018-03"), fy.quarter(4));
        assertEquals("2017/18 Q4 (Jan\u2013Mar 2018)", fy.quarter(4).label());
    }

    @Test
    void runsToTheEndOfAQuarterAsTheCommitteePackSays() {
        // "up until end of quarter 3" of 2017/18 = Apr-Dec 2017, compared with Apr-Dec 2016
        Period ytd = FinancialYear.of(2017).toEndOfQuarter(3);
        assertEquals(Period.parse("2017-04..2017-12"), ytd);
        assertEquals("2017/18 Q1\u2013Q3 (Apr\u2013Dec 2017)", ytd.label());
        assertEquals(FinancialYear.of(2016).toEndOfQuarter(3), ytd.minusYears(1));
    }

    @Test
    void runsTheYearToDateFromAprilToAnyMonth() {
        FinancialYear fy = FinancialYear.of(2017);
        assertEquals("Apr\u2013Nov 2017", fy.yearToDate(YearMonth.of(2017, 11)).label());
        assertEquals("Apr 2017\u2013Feb 2018", fy.yearToDate(YearMonth.of(2018, 2)).label());
        assertEquals(fy.toEndOfQuarter(3), fy.yearToDate(YearMonth.of(2017, 12)));
        assertEquals(fy.period(), fy.yearToDate(YearMonth.of(2018, 3)));
    }

    @Test
    void rejectsAYearToDateEndingOutsideTheYear() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FinancialYear.of(2017).yearToDate(YearMonth.of(2018, 4)));
        assertEquals("month 2018-04 is not in financial year 2017/18", e.getMessage());
    }

    @Test
    void rejectsQuartersOutsideOneToFour() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FinancialYear.of(2017).quarter(5));
        assertEquals("quarter must be 1 to 4 but was 5", e.getMessage());
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
                () -> FinancialYear.of(2017).quarters(3, 1));
        assertEquals("first quarter Q3 comes after last quarter Q1", order.getMessage());
    }

    @Test
    void movesBackWholeYears() {
        assertEquals(FinancialYear.of(2016), FinancialYear.of(2017).minusYears(1));
    }
}
