package org.cspstat.cli;

import static org.cspstat.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cspstat outcomes} on core's hand-made fixture (counts worked out in core's OutcomesTest). */
class OutcomesCommandTest {
    private static final String FIXTURE = "../core/src/test/resources/outcome";

    @TempDir
    Path dir;

    @Test
    void chargeShareAsCsvAndGroupsAsJson() {
        CliTest.Result r = run("outcomes", "--data", FIXTURE, "--outcomes", FIXTURE, "--area-prefix", "Stevenage",
                "--period", "2021-02..2021-02", "--previous", "2021-01..2021-01", "--table", "charge", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("category,charged_now,crimes_now,share_now,charged_before,crimes_before,"
                + "share_before,p_value,p_adjusted\nAll crime,1,2,0.5,1,3,0.3333333333333333,1,1\n"), r.out());
        CliTest.Result j = run("outcomes", "--data", FIXTURE, "--outcomes", FIXTURE, "--area-prefix", "Stevenage",
                "--period", "2021-02..2021-02", "--previous", "2021-01..2021-01", "--format", "json");
        assertEquals(0, j.code(), j.err());
        assertTrue(j.out().contains("\"outcomeRows\":6,\"linked\":3,\"unlinked\":1,\"outcomeRejected\":2"), j.out());
    }

    @Test
    void anUnknownTableIsAUsageError() {
        CliTest.Result r = run("outcomes", "--data", FIXTURE, "--table", "nope", "--format", "csv");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown table 'nope'"), r.err());
    }

    @Test
    void thePackHasAnOutcomesSectionWithItsChartAndTables() throws Exception {
        Path out = dir.resolve("pack");
        CliTest.Result r = run("report", "--data", FIXTURE, "--outcomes", FIXTURE, "--period", "2021-02..2021-02",
                "--previous", "2021-01..2021-01", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out.resolve("index.html")).contains("Outcomes: what happened to the crimes"));
        assertTrue(Files.exists(out.resolve("charts/charge-share.png")));
        assertTrue(CliTest.packCsv(out.resolve("tables/outcomes-by-category.csv")).startsWith("category,crimes,"));
    }
}
