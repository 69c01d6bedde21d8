package org.cspstat.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cspstat.format.Column;
import org.cspstat.format.Table;
import org.cspstat.io.Dataset;
import org.cspstat.period.Period;
import org.cspstat.table.Tables;
import org.junit.jupiter.api.Test;

/**
 * The comparison's plain-value table (its CSV) holds every value of every row at full precision:
 * each cell reads back as the row's own number, and an undefined number is an empty cell.
 */
class ComparisonCellsTest {

    private static void holdsEveryValue(ComparisonResult r) {
        Table t = Tables.of(r);
        List<List<String>> cells = t.cells();
        assertEquals(r.rows().size(), t.rowCount());
        for (int i = 0; i < r.rows().size(); i++) {
            ComparisonRow row = r.rows().get(i);
            List<String> line = cells.get(i);
            assertEquals(row.category(), line.get(t.columnNames().indexOf("category")));
            assertEquals(Long.toString(row.current()), line.get(t.columnNames().indexOf("current")));
            assertEquals(Long.toString(row.change().change()), line.get(t.columnNames().indexOf("change")));
            sameNumber(row.rateRatio(), line.get(t.columnNames().indexOf("rateRatio")));
            sameNumber(row.low(), line.get(t.columnNames().indexOf("rateRatioLow")));
            sameNumber(row.high(), line.get(t.columnNames().indexOf("rateRatioHigh")));
            sameNumber(row.pAdjusted(), line.get(t.columnNames().indexOf("pAdjusted")));
            sameNumber(row.change().zScore().z(), line.get(t.columnNames().indexOf("zScore")));
        }
        for (Column c : t.columns()) {
            for (int i = 0; i < c.size(); i++) {
                String cell = c.text(i);
                if (c.kind() == Column.Kind.DECIMAL && !cell.isEmpty()) {
                    assertFalse(cell.contains("E"), c.name() + ": " + cell + " (no exponents)");
                    assertEquals(c.number(i), Double.parseDouble(cell), 0.0, c.name());
                }
            }
        }
    }

    private static void sameNumber(double expected, String cell) {
        if (Double.isFinite(expected)) {
            assertEquals(expected, Double.parseDouble(cell), 0.0, cell);
        } else {
            assertTrue(cell.isEmpty(), cell);
        }
    }

    @Test
    void byCategoryByAreaAndWithResidents() {
        StevenageComparisonTest.load();
        Dataset d = StevenageComparisonTest.data;
        Comparison base = Comparison.of(d).current(Period.parse("2022-01..2022-01"));
        holdsEveryValue(base.run());
        holdsEveryValue(base.by(Grouping.parse("category,area")).run());
        holdsEveryValue(Comparison.of(d).current(Period.parse("2022-01..2022-01"))
                .population(Population.of(Map.of("E01023691", 88_000L))).run());
        // a period with a zero and months without data: missing ratios and intervals, tiny p-values
        holdsEveryValue(Comparison.of(d).current(Period.parse("2022-01..2022-06")).allowGaps(true).run());
    }
}
