package org.cspstat.risk;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.cspstat.error.DataException;

/**
 * Issue 15: any value of a numeric setting (exponents such as {@code 1e-999999999}, huge digit
 * strings, NaN) is read in well under a second as a plain decimal from 0 to 1,000,000, or fails
 * with a {@link DataException} naming the file and line. {@code JAZZER_FUZZ=1} fuzzes.
 */
class SettingsNumberFuzzTest {
    private static final List<String> KEYS = List.of("weight.harm", "band.medium", "band.high",
            "risk.weight.likelihood", "trend.large_ratio");

    @FuzzTest(maxDuration = "20s")
    void numericSettingsAreBoundedOrRefused(FuzzedDataProvider data) {
        String key = KEYS.get(data.consumeInt(0, KEYS.size() - 1));
        String value = data.consumeRemainingAsString().replace("\n", "").replace("\r", "").replace(",", "")
                .replace("\"", "");
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            try {
                RiskSettings s = RiskSettings.parse("s.csv", new StringReader("setting,value\n" + key + "," + value + "\n"),
                        RiskMatrix.bundled().dimensions());
                if (key.equals("weight.harm")) {
                    BigDecimal w = s.weight("harm");
                    assertTrue(w.signum() >= 0 && w.compareTo(BigDecimal.valueOf(1_000_000)) <= 0, w.toString());
                }
            } catch (DataException e) {
                assertTrue(e.getMessage().startsWith("s.csv"), e.getMessage());
            }
        });
    }
}
