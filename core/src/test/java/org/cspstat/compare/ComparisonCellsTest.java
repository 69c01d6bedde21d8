package org.cspstat.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.cspstat.io.Dataset;
import org.cspstat.period.Period;
import org.cspstat.format.TableFormat;
import org.junit.jupiter.api.Test;

/** The comparison's CSV without Tablesaw is the CSV of its Tablesaw table, byte for byte. */
class ComparisonCellsTest {

    private static void sameAsTheTable(ComparisonResult r) {
        assertEquals(TableFormat.CSV.render(r.toTable()), TableFormat.CSV.render(r.columnNames(), r.cells()));
    }

    @Test
    void byCategoryByAreaAndWithResidents() {
        StevenageComparisonTest.load();
        Dataset d = StevenageComparisonTest.data;
        Comparison base = Comparison.of(d).current(Period.parse("2022-01..2022-01"));
        sameAsTheTable(base.run());
        sameAsTheTable(base.by(Grouping.parse("category,area")).run());
        sameAsTheTable(Comparison.of(d).current(Period.parse("2022-01..2022-01"))
                .population(Population.of(Map.of("E01023691", 88_000L))).run());
        // a period with a zero and months without data: missing ratios and intervals, tiny p-values
        sameAsTheTable(Comparison.of(d).current(Period.parse("2022-01..2022-06")).allowGaps(true).run());
    }
}
