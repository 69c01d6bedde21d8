package org.cspstat.cli;

import static org.cspstat.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cspstat.cli.CliTest.Result;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code quality} over the real force-wide Hertfordshire months beside the clone ({@code ../shared},
 * OGL v3.0): run only by the {@code real-data} profile, which {@code .ci/run} runs.
 */
@Tag("real-data")
class QualityRealDataTest {
    private static final String HERTS = "../../shared/data/police-uk/hertfordshire-2021-01-to-2022-01";

    @Test
    void qualityReconcilesAndOutputsTheDocumentedKeys() {
        Result r = run("quality", "--data", HERTS, "--area-prefix", "Stevenage", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("{\"rowsRead\":108465,\"accepted\":11283,\"outsideArea\":97182,\"noLocation\":1789,"
                + "\"duplicateIds\":0,\"rejected\":0,"), r.out());
        assertTrue(r.out().contains("\"gaps\":[]"));
    }
}
