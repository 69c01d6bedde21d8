package org.cspstat.risk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.cspstat.io.DataException;

/**
 * Fuzzes the risk configuration parsers (county matrix, settings, district overrides): any text
 * gives a configuration or a {@link DataException} naming the file; nothing else escapes.
 * Seeds: {@code RiskConfigFuzzTestInputs/<method>/}.
 */
class RiskConfigFuzzTest {
    private static final RiskMatrix BUNDLED = RiskMatrix.bundled();

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void named(DataException e, String source) {
        assertTrue(e.getMessage().startsWith(source), e.getMessage());
    }

    @FuzzTest(maxDuration = "10s")
    void matrix(byte[] bytes) {
        try {
            RiskMatrix m = RiskMatrix.parse("matrix.csv", new StringReader(text(bytes)), Issues.standard());
            RiskSettings.defaults(m.dimensions());
        } catch (DataException e) {
            named(e, "matrix.csv");
        }
    }

    @FuzzTest(maxDuration = "10s")
    void settings(byte[] bytes) {
        try {
            RiskSettings.parse("settings.csv", new StringReader(text(bytes)), BUNDLED.dimensions());
        } catch (DataException e) {
            named(e, "settings.csv");
        }
    }

    @FuzzTest(maxDuration = "10s")
    void overrides(byte[] bytes) {
        try {
            DistrictOverrides o = DistrictOverrides.parse("overrides.csv", new StringReader(text(bytes)), BUNDLED);
            new RiskConfig(BUNDLED, RiskSettings.defaults(BUNDLED.dimensions()), o);
        } catch (DataException e) {
            named(e, "overrides.csv");
        }
    }
}
