package org.cspstat.cli;

import static org.cspstat.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's "done when", on the bundled data alone: the Stevenage police.uk extract and the invented
 * Stevenage council ASB export in one run, with outcomes from the street files and the sample action
 * plan. The pack must have All ASB across both sources with a per-source split, a domestic abuse row,
 * outcome groups by category, harm-weighted totals, a repeat-location table, an action-plan section
 * and the time of day; each also as JSON from its command. The command is the README's.
 *
 * <p>Expected figures from independent counts of the files (Python, csv and datetime modules):
 * <pre>
 * police.uk 'Anti-social behaviour' in Stevenage LSOAs: 2022-01 173, 2021-01 130
 * council cases dated 01/2022: 167 (7 with a date alone), 01/2021: 208
 * council cases with Domestic Abuse = Y: 01/2022 12, 01/2021 7
 * police.uk crimes (not ASB) in Stevenage LSOAs, 2022-01: 647; by the street files' Last outcome
 *   category, grouped as tools/scripts/check_outcomes.py groups them: charged or summonsed 40, other
 *   sanction 9, no suspect identified 114, unable to prosecute 81, under investigation 402, other 1
 * action plan: 42 actions, 41 complete: 41/42 = 97.619...% = 97.6%
 * </pre>
 */
class StevenagePartnershipTest {
    static final String POLICE = "../sample-data/stevenage-2021-01-to-2022-01";
    static final String COUNCIL = "../sample-data/council-asb-stevenage/asb-cases.csv";
    static final String MAPPING = "../sample-data/council-asb-stevenage/mapping.txt";
    static final String PLAN = "../sample-data/action-plan/action-plan.csv";
    static final String COUNCIL_NAME = "Stevenage Borough Council ASB cases (invented)";

    @TempDir
    static Path dir;
    static Path pack;
    static CliTest.Result report;

    static String[] data(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--area-prefix", "Stevenage", "--period", "2022-01",
                "--data", POLICE, "--data", COUNCIL, "--mapping", MAPPING));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @BeforeAll
    static void writeThePack() {
        pack = dir.resolve("pack");
        List<String> args = new java.util.ArrayList<>(List.of("report"));
        args.addAll(List.of(data("--street-outcomes", "--action-plan", PLAN, "--out", pack.toString())));
        report = run(args.toArray(String[]::new));
    }

    private static String table(String name) throws Exception {
        return CliTest.packCsv(pack.resolve("tables").resolve(name + ".csv"));
    }

    @Test
    void thePackIsWritten() {
        assertEquals(0, report.code(), report.err());
    }

    @Test
    void allAsbSpansBothSourcesWithAPerSourceSplit() throws Exception {
        String html = Files.readString(pack.resolve("index.html"));
        assertTrue(html.contains("Sources: what each contributes"));
        String bySource = table("by-source");
        assertTrue(bySource.contains("\nAll ASB,police.uk,173,130,43,"), bySource);
        assertTrue(bySource.contains("\nAll ASB," + COUNCIL_NAME + ",167,208,-41,"), bySource);
        assertTrue(bySource.contains("\nDomestic abuse," + COUNCIL_NAME + ",12,7,5,"), bySource);
        assertTrue(table("change-by-category").contains("\nAll ASB,340,338,"), table("change-by-category"));
        CliTest.Result json = run(prefixed("compare", "--by-source", "--format", "json"));
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("{\"issue\":\"All ASB\",\"source\":\"police.uk\",\"current\":173,\"previous\":130"),
                json.out());
    }

    @Test
    void aDomesticAbuseRowSayingMoreReports() throws Exception {
        assertTrue(table("change-by-category").contains("\nDomestic abuse,12,7,"), table("change-by-category"));
        CliTest.Result json = run(prefixed("compare", "--format", "json"));
        assertTrue(json.out().contains("\"category\":\"Domestic abuse\",\"current\":12,\"previous\":7"), json.out());
    }

    @Test
    void outcomeGroupsByCategoryMatchAnIndependentCount() throws Exception {
        String outcomes = table("outcomes-by-category");
        assertTrue(outcomes.startsWith("category,crimes,charged_or_summonsed,"), outcomes);
        assertTrue(outcomes.contains("\nAll crime,647,40,"), outcomes);
        String line = outcomes.lines().filter(l -> l.startsWith("All crime,")).findFirst().orElseThrow();
        List<String> c = List.of(line.split(","));
        // crimes, then count and share per group: charged, sanction, no suspect, unable, under investigation, other
        assertEquals(List.of("647", "40", "9", "114", "81", "402", "1"),
                List.of(c.get(1), c.get(2), c.get(4), c.get(6), c.get(8), c.get(10), c.get(12)));
        CliTest.Result json = run(prefixed("outcomes", "--format", "json"));
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"byCategory\""), json.out());
    }

    @Test
    void harmWeightedTotals() throws Exception {
        assertTrue(Files.readString(pack.resolve("index.html")).contains("What hurts most"));
        assertTrue(table("harm").lines().count() > 5, table("harm"));
        CliTest.Result json = run(prefixed("compare", "--harm", "--format", "json"));
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"harm\":"), json.out());
    }

    @Test
    void aRepeatLocationTable() throws Exception {
        String locations = table("repeat-locations");
        assertTrue(locations.startsWith("rank,location,area,longitude,latitude,current,previous,change\n1,"), locations);
        CliTest.Result json = run(prefixed("locations", "--format", "json"));
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"topTenShare\""), json.out());
    }

    @Test
    void anActionPlanSection() throws Exception {
        assertTrue(Files.readString(pack.resolve("index.html")).contains("Progress against the plan"));
        assertTrue(table("action-plan").contains("97.6"), table("action-plan"));
        CliTest.Result json = run("plan", "--action-plan", PLAN, "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("97.6"), json.out());
    }

    @Test
    void theTimeOfDayOfTheCouncilCasesAndPoliceUkSaidToHaveNone() throws Exception {
        String html = Files.readString(pack.resolve("index.html"));
        assertTrue(html.contains("When: time of day"));
        assertTrue(Files.size(pack.resolve("charts/time-of-day-all-asb.png")) > 10_000);
        assertTrue(Files.exists(pack.resolve("charts/time-of-day-domestic-abuse.png")));
        String times = table("time-of-day");
        assertTrue(times.contains("\nAll ASB,Monday,"), times);
        assertTrue(times.contains("\nAll ASB,time not recorded,,,,,,,,,,,,,,,,,,,,,,,,,7\n"), times);
        assertTrue(times.contains("\nAll ASB,source without times (month only),,,,,,,,,,,,,,,,,,,,,,,,,173\n"), times);
        CliTest.Result json = run(prefixed("timeofday", "--format", "json"));
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"timed\":160,\"notRecorded\":7,\"withoutTime\":173"), json.out());
    }

    @Test
    void policeUkAloneHasNoTimeOfDayAndSaysSo() {
        CliTest.Result r = run("timeofday", "--data", POLICE, "--area-prefix", "Stevenage");
        assertEquals(3, r.code());
        assertTrue(r.err().contains("police.uk publishes the month only, so no time of day for police data"), r.err());
    }

    @Test
    void theArgumentFileRunsTheSameCommand() throws Exception {
        // sample-data/stevenage-partnership.args holds the README's command line, paths from the repository root
        List<String> lines = Files.readAllLines(Path.of("../sample-data/stevenage-partnership.args")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertTrue(lines.contains("--street-outcomes"), lines.toString());
        assertTrue(String.join(" ", lines).contains("--data sample-data/council-asb-stevenage/asb-cases.csv "
                + "--mapping sample-data/council-asb-stevenage/mapping.txt"), lines.toString());
    }

    private static String[] prefixed(String command, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(command));
        args.addAll(List.of(data(more)));
        return args.toArray(String[]::new);
    }
}
