package org.cspstat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/**
 * The fast path's month: exactly the YYYY-MM months from 1900-01 to 2100-12 (the years every
 * reader accepts), as an index; nothing else.
 */
class MonthIndexTest {

    private static int index(String s) {
        byte[] b = (s + ",").getBytes(StandardCharsets.UTF_8);
        return ByteFields.monthIndex(b, 0, b.length - 1);
    }

    /** What the fast path must give: the index of a strict YYYY-MM in range, else -1. */
    private static int expected(String s) {
        if (!s.matches("[0-9]{4}-[0-9]{2}")) {
            return -1;
        }
        try {
            YearMonth m = YearMonth.parse(s);
            return m.getYear() >= 1900 && m.getYear() <= 2100 ? m.getYear() * 12 + m.getMonthValue() - 1 : -1;
        } catch (DateTimeParseException e) {
            return -1;
        }
    }

    @Test
    void everyMonthOfTheRangeAndItsEdges() {
        for (int year = 1890; year < 2210; year++) {
            for (int month = 0; month <= 13; month++) {
                String s = String.format("%04d-%02d", year, month);
                assertEquals(expected(s), index(s), s);
            }
        }
        for (String s : new String[] {"2023-1", "2023-001", "2023/01", "2O23-01", "2023-0:", "2023-/1", "", "-023-01",
            "2023-01 ", "９９９９-01"}) {
            assertEquals(-1, index(s), s);
        }
    }

    @Test
    void anySevenCharactersAreReadAsThePlainPathWould() {
        qt().withExamples(20000).forAll(strings().betweenCodePoints(0x20, 0x7E).ofLength(7), integers().between(0, 3))
                .checkAssert((s, digits) -> {
                    // bias towards near-months: keep a prefix of a real month
                    String t = "2023-07".substring(0, digits * 2) + s.substring(digits * 2);
                    assertEquals(expected(t), index(t), t);
                });
    }
}
