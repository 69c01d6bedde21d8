package org.cspstat.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cspstat.error.DataException;
import org.junit.jupiter.api.Test;

class RiskSettingsTest {

    private static final List<String> DIMENSIONS =
            List.of("harm", "vulnerability", "community_concern", "public_confidence", "repeat_victims");
    private static final String HEADER = "setting,value\n";

    private static RiskSettings parse(String csv) {
        return RiskSettings.parse("settings.csv", new StringReader(csv), DIMENSIONS);
    }

    private static void assertFails(String csv, String message) {
        DataException e = assertThrows(DataException.class, () -> parse(csv));
        assertEquals(message, e.getMessage());
    }

    @Test
    void defaultsAreProductScoringBandsFromEightAndFifteenQuintileVolumeAndEqualWeights() {
        RiskSettings s = RiskSettings.defaults(DIMENSIONS);
        assertEquals(ScoringMethod.PRODUCT, s.method());
        assertEquals(new BigDecimal("8"), s.mediumFrom());
        assertEquals(new BigDecimal("15"), s.highFrom());
        assertEquals(VolumeRule.QUINTILE, s.volumeRule());
        assertEquals(List.of(50L, 150L, 400L, 1000L), s.volumeCounts());
        assertEquals(1.2, s.largeRatio());
        assertEquals(List.copyOf(DIMENSIONS), List.copyOf(s.dimensionWeights().keySet()));
        s.dimensionWeights().values().forEach(w -> assertEquals(0, BigDecimal.ONE.compareTo(w)));
        assertEquals(true, s.equalWeights());
    }

    @Test
    void aFileChangesOnlyTheSettingsItNames() {
        RiskSettings s = parse(HEADER + "risk.method,Weighted sum\nrisk.weight.impact,2\nweight.harm,1.5\n"
                + "volume.method,counts\nvolume.counts,10;20;40;80\n");
        assertEquals(ScoringMethod.WEIGHTED_SUM, s.method());
        assertEquals(new BigDecimal("2"), s.impactWeight());
        assertEquals(new BigDecimal("1"), s.likelihoodWeight());
        assertEquals(Map.of("harm", new BigDecimal("1.5"), "vulnerability", BigDecimal.ONE,
                "community_concern", BigDecimal.ONE, "public_confidence", BigDecimal.ONE,
                "repeat_victims", BigDecimal.ONE), s.dimensionWeights());
        assertEquals(VolumeRule.COUNTS, s.volumeRule());
        assertEquals(List.of(10L, 20L, 40L, 80L), s.volumeCounts());
        assertEquals(new BigDecimal("15"), s.highFrom());
        assertEquals(false, s.equalWeights());
    }

    @Test
    void rejectsAnUnknownSetting() {
        assertFails(HEADER + "band.hihg,16\n", "settings.csv:2: unknown setting 'band.hihg'");
    }

    @Test
    void rejectsAWeightForAnUnknownDimension() {
        assertFails(HEADER + "weight.fear,2\n", "settings.csv:2: setting 'weight.fear': unknown dimension 'fear'"
                + " (the matrix has harm, vulnerability, community_concern, public_confidence, repeat_victims)");
    }

    @Test
    void rejectsAValueThatIsNotANumberOrIsNegative() {
        assertFails(HEADER + "weight.harm,two\n", "settings.csv:2: setting 'weight.harm': expected a plain decimal number such as 2 or 0.5 (no exponent, at most 9 decimal places) but was 'two'");
        assertFails(HEADER + "band.medium,-1\n", "settings.csv:2: setting 'band.medium': must not be negative but was -1");
    }

    @Test
    void rejectsAnUnknownChoice() {
        assertFails(HEADER + "risk.method,sum\n",
                "settings.csv:2: setting 'risk.method': expected product or weighted_sum but was 'sum'");
        assertFails(HEADER + "volume.method,deciles\n",
                "settings.csv:2: setting 'volume.method': expected quintile or counts but was 'deciles'");
    }

    @Test
    void rejectsBandThresholdsOutOfOrderOnTheLineTheUserWrote() {
        assertFails(HEADER + "band.high,6\n", "settings.csv:2: band.high 6 must be greater than band.medium 8");
        assertFails(HEADER + "\nband.medium,20\n", "settings.csv:3: band.high 15 must be greater than band.medium 20");
    }

    @Test
    void rejectsVolumeCountsThatAreNotFourAscendingWholeNumbers() {
        assertFails(HEADER + "volume.counts,10;20;20;30\n", "settings.csv:2: setting 'volume.counts': expected"
                + " four ascending whole numbers separated by ';' but was '10;20;20;30'");
        assertFails(HEADER + "volume.counts,10;20;30\n", "settings.csv:2: setting 'volume.counts': expected"
                + " four ascending whole numbers separated by ';' but was '10;20;30'");
    }

    @Test
    void rejectsALargeRatioNotAboveOne() {
        assertFails(HEADER + "trend.large_ratio,0.8\n",
                "settings.csv:2: setting 'trend.large_ratio': must be a finite number greater than 1 but was 0.8");
    }

    @Test
    void rejectsAllDimensionWeightsZero() {
        assertFails(HEADER + "weight.harm,0\nweight.vulnerability,0\nweight.community_concern,0\n"
                + "weight.public_confidence,0\nweight.repeat_victims,0\n",
                "settings.csv:6: dimension weights must not all be 0");
    }

    @Test
    void rejectsARepeatedSetting() {
        assertFails(HEADER + "band.high,16\nband.high,17\n",
                "settings.csv:3: duplicate setting 'band.high' (first on line 2)");
    }

    @Test
    void rejectsAMissingColumn() {
        assertFails("setting\nband.high\n", "settings.csv:1: missing column 'value'");
    }
}
