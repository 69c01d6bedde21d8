package org.cspstat.risk;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import org.cspstat.error.DataException;

/**
 * The configuration readers either read a file or fail with {@link DataException}, never with
 * another exception. Seeds under {@code ConfigCsvFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ConfigCsvFuzzTest {

    private static final RiskMatrix MATRIX = RiskMatrix.bundled();

    @FuzzTest(maxDuration = "20s")
    void matrixReaderFailsOnlyWithDataException(FuzzedDataProvider data) {
        try {
            RiskMatrix.parse("f.csv", new StringReader(data.consumeRemainingAsString()), Issues.standard());
        } catch (DataException expected) {
            // a bad file is reported, not crashed on
        }
    }

    @FuzzTest(maxDuration = "20s")
    void settingsReaderFailsOnlyWithDataException(FuzzedDataProvider data) {
        try {
            RiskSettings.parse("f.csv", new StringReader(data.consumeRemainingAsString()), MATRIX.dimensions());
        } catch (DataException expected) {
            // a bad file is reported, not crashed on
        }
    }

    @FuzzTest(maxDuration = "20s")
    void overrideReaderFailsOnlyWithDataException(FuzzedDataProvider data) {
        try {
            DistrictOverrides.parse("f.csv", new StringReader(data.consumeRemainingAsString()), MATRIX);
        } catch (DataException expected) {
            // a bad file is reported, not crashed on
        }
    }
}
