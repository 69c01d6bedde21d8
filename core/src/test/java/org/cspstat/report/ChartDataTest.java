package org.cspstat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartDataTest {
    @Test
    void aChartNameMustBeASafeFileStem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChartData.checkName("../evil"));
        assertEquals("chart name must be lower-case letters, digits and hyphens but was '../evil'", e.getMessage());
    }

    @Test
    void everySeriesNeedsOneValuePerCategory() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BarChartData("x", "t",
                "a", "b", List.of("A", "B"), List.of(new BarSeries("s", List.of(1.0), Tone.CURRENT)), false, "src",
                "d"));
        assertEquals("series 's' has 1 values for 2 categories", e.getMessage());
    }

    /** The bands of a 5×5 grid scored likelihood × impact, as the default settings give them. */
    static List<Tone> productBands(double medium, double high) {
        List<Tone> bands = new java.util.ArrayList<>();
        for (int l = 1; l <= 5; l++) {
            for (int i = 1; i <= 5; i++) {
                bands.add(l * i >= high ? Tone.HIGH : l * i >= medium ? Tone.MEDIUM : Tone.LOW);
            }
        }
        return bands;
    }

    @Test
    void eachCellHasItsOwnBand() {
        RiskMatrixData m = new RiskMatrixData("risk-matrix", "t", 5, 8, 15, productBands(8, 15), List.of(), "src", "d");
        assertEquals(Tone.LOW, m.band(1, 5)); // 5
        assertEquals(Tone.MEDIUM, m.band(2, 4)); // 8
        assertEquals(Tone.MEDIUM, m.band(2, 5)); // 10
        assertEquals(Tone.HIGH, m.band(3, 5)); // 15
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RiskMatrixData("r", "t",
                5, 8, 15, List.of(Tone.LOW), List.of(), "src", "d"));
        assertEquals("a 5×5 risk matrix needs 25 cell bands but had 1", e.getMessage());
    }

    @Test
    void anIssueOutsideTheGridIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RiskMatrixData("r", "t",
                5, 8, 15, productBands(8, 15), List.of(new RiskMatrixData.PlacedIssue(1, "Robbery", 6, 2)), "src", "d"));
        assertEquals("issue 'Robbery' at 6×2 lies outside the 5×5 grid", e.getMessage());
    }
}
