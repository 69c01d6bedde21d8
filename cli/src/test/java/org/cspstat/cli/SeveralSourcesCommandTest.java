package org.cspstat.cli;

import static org.cspstat.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --data police/ --data council.csv --mapping council.txt}: two sources in one run. Counts
 * as in core's SeveralSourcesTest (independent Python count): All ASB Apr–Dec 2025 is 1,752
 * police.uk + 652 council.
 */
class SeveralSourcesCommandTest {
    private static final String POLICE = "../sample-data/synthetic";
    private static final String COUNCIL = "../sample-data/council-asb/asb-cases.csv";
    private static final String MAPPING = "../sample-data/council-asb/mapping.txt";

    @TempDir
    Path dir;

    @Test
    void aMappingAppliesToTheDataBeforeItAndAllAsbIsSplitBySource() {
        CliTest.Result r = run("compare", "--data", POLICE, "--data", COUNCIL, "--mapping", MAPPING,
                "--period", "2025-04..2025-12", "--by-source", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("issue,source,current,previous,change,percent_change,share_of_issue\n"
                + "All ASB,police.uk,1752,1658,94,5.669481302774427,0.7287853577371048\n"
                + "All ASB,Northbrook Borough Council ASB cases (invented),652,637,15,2.3547880690737832,"
                + "0.27121464226289516\n"
                // a flag category is split among several sources unnamed: police.uk publishes no flags
                + "Domestic abuse,police.uk,0,0,0,,0\n"
                + "Domestic abuse,Northbrook Borough Council ASB cases (invented),52,62,-10,-16.129032258064516,1\n",
                r.out().replace("\r\n", "\n"));
    }

    @Test
    void theComparisonHasAllAsbAcrossSourcesAndADomesticAbuseRowSayingMoreReports() {
        CliTest.Result r = run("compare", "--data", COUNCIL, "--mapping", MAPPING, "--data", POLICE,
                "--period", "2025-04..2025-12");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*All ASB\\s+2,404\\s+2,295.*"), r.out());
        assertTrue(r.out().matches("(?s).*Domestic abuse\\s+52\\s+62.*"), r.out());
        assertTrue(r.out().contains("By source"), r.out());
    }

    @Test
    void twoMappingsForOneDataPathIsAUsageError() {
        CliTest.Result r = run("compare", "--data", COUNCIL, "--mapping", MAPPING, "--mapping", MAPPING);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("two --mapping files for --data"), r.err());
    }

    @Test
    void thePackHasASourcesSectionAndTable() throws Exception {
        Path out = dir.resolve("pack");
        CliTest.Result r = run("report", "--data", POLICE, "--data", COUNCIL, "--mapping", MAPPING, "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("Sources: what each contributes"));
        assertTrue(CliTest.packCsv(out.resolve("tables/by-source.csv")).startsWith("issue,source,current"));
    }
}
