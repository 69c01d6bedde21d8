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

    @Test
    void riskBandsFollowTheThresholds() {
        RiskMatrixData m = new RiskMatrixData("risk-matrix", "t", 5, 8, 15, List.of(), "src", "d");
        assertEquals(Tone.LOW, m.band(7));
        assertEquals(Tone.MEDIUM, m.band(8));
        assertEquals(Tone.MEDIUM, m.band(14));
        assertEquals(Tone.HIGH, m.band(15));
    }

    @Test
    void anIssueOutsideTheGridIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RiskMatrixData("r", "t",
                5, 8, 15, List.of(new RiskMatrixData.PlacedIssue(1, "Robbery", 6, 2)), "src", "d"));
        assertEquals("issue 'Robbery' at 6×2 lies outside the 5×5 grid", e.getMessage());
    }
}
