package org.cspstat.cli;

import static org.cspstat.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan} and the pack's plan section, on sample-data/action-plan (41 of 42 complete). */
class PlanCommandTest {
    private static final String PLAN = "../sample-data/action-plan/action-plan.csv";

    @TempDir
    Path dir;

    @Test
    void planCsvAndJson() {
        CliTest.Result r = run("plan", "--action-plan", PLAN, "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().endsWith("All themes,42,41,0,1,0,97.6,\n"), r.out());
        CliTest.Result j = run("plan", "--action-plan", PLAN, "--format", "json");
        assertTrue(j.out().contains("{\"theme\":\"All themes\",\"actions\":42,\"complete\":41,"), j.out());
    }

    @Test
    void thePackSitsThePlanBesideTheEvidence() throws Exception {
        Path out = dir.resolve("pack");
        CliTest.Result r = run("report", "--data", "../sample-data/synthetic", "--data",
                "../sample-data/council-asb/asb-cases.csv", "--mapping", "../sample-data/council-asb/mapping.txt",
                "--action-plan", PLAN, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("Progress against the plan"));
        assertTrue(html.contains("Overall: 41 of 42 (97.6%) actions complete."));
        assertTrue(html.contains("All ASB 2,404 against 2,295 (+4.7%)"), "All ASB across both sources beside its theme");
        assertTrue(CliTest.packCsv(out.resolve("tables/action-plan.csv")).startsWith("theme,actions,complete,"));
    }
}
