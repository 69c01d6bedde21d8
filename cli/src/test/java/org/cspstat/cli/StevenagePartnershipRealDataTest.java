package org.cspstat.cli;

import static org.cspstat.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's "done when" as the issue words it: Hertfordshire's street and outcomes files for Stevenage
 * ({@code ../shared/data}) with the invented Stevenage council export and the sample action plan.
 *
 * <p>Outcome groups from the independent count
 * {@code python3 tools/scripts/check_outcomes.py ../shared/data/police-uk 2022-01 2022-01}:
 * <pre>
 * All crime 647: charged or summonsed 40, other sanction 9, no suspect identified 114,
 *   unable to prosecute 81, under investigation 402, other 1
 * Violence and sexual offences 294: charged 18, other sanction 4, no suspect 10, unable to prosecute 59,
 *   under investigation 203
 * </pre>
 */
@Tag("real-data")
class StevenagePartnershipRealDataTest {
    @TempDir
    Path dir;

    @Test
    void theIssuesRunOverHertfordshiresFilesHasEveryElement() throws Exception {
        Path pack = dir.resolve("pack");
        CliTest.Result r = run("report", "--area-prefix", "Stevenage", "--period", "2022-01",
                "--data", "../../shared/data/police-uk/hertfordshire-2021-01-to-2022-01",
                "--data", StevenagePartnershipTest.COUNCIL, "--mapping", StevenagePartnershipTest.MAPPING,
                "--outcomes", "../../shared/data/police-uk/hertfordshire-outcomes-2021-01-to-2022-01",
                "--action-plan", StevenagePartnershipTest.PLAN, "--out", pack.toString());
        assertEquals(0, r.code(), r.err());
        String bySource = CliTest.packCsv(pack.resolve("tables/by-source.csv"));
        assertTrue(bySource.contains("\nAll ASB,police.uk,173,130,"), bySource);
        assertTrue(bySource.contains("\nDomestic abuse," + StevenagePartnershipTest.COUNCIL_NAME + ",12,7,"), bySource);
        String outcomes = CliTest.packCsv(pack.resolve("tables/outcomes-by-category.csv"));
        assertTrue(outcomes.contains("\nAll crime,647,40,"), outcomes);
        String violence = outcomes.lines().filter(l -> l.startsWith("Violence and sexual offences,")).findFirst()
                .orElseThrow();
        String[] c = violence.split(",");
        assertEquals("294 18 4 10 59 203 0", String.join(" ", c[1], c[2], c[4], c[6], c[8], c[10], c[12]));
        String html = Files.readString(pack.resolve("index.html"));
        for (String section : new String[] {"Sources: what each contributes", "What hurts most", "Repeat locations",
                "Progress against the plan", "When: time of day", "Outcomes"}) {
            assertTrue(html.contains(section), section);
        }
        assertTrue(CliTest.packCsv(pack.resolve("tables/time-of-day.csv")).contains(
                "\nAll ASB,source without times (month only),,,,,,,,,,,,,,,,,,,,,,,,,173\n"));
    }
}
