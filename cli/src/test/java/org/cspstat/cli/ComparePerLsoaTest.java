package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare --by area --area-level district} without a population file: counts per LSOA, a
 * proxy for residents, on the six Hertfordshire districts of src/test/resources/peers. Reference
 * figures counted independently with Python's csv module over the two CSV files in the zip
 * (distinct LSOA codes per district named in 'LSOA name', rows other than Anti-social behaviour):
 * Stevenage 51 LSOAs, 215 crimes in 2022-01 and 177 in 2021-01 (4.2157 and 3.4706 per LSOA);
 * Watford 53 LSOAs, 254 and 176 (4.7925 and 3.3208 per LSOA).
 */
class ComparePerLsoaTest {
    @TempDir
    Path dir;

    private static CliTest.Result compare(String... more) {
        String[] base = {"compare", "--data", CountyReportTest.SIX, "--by", "area", "--area-level", "district",
            "--period", "2022-01..2022-01"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CliTest.run(args);
    }

    @Test
    void textAndMarkdownSayPerLsoaAndProxy() {
        CliTest.Result text = compare();
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("Per LSOA (proxy, no population file)"), text.out());
        assertTrue(text.out().contains("per LSOA (a proxy for residents; no population file)"), text.out());
        assertTrue(text.out().contains("4.2 vs 3.5") && text.out().contains("4.8 vs 3.3"), text.out());
        assertFalse(text.out().contains("Rate per 1,000"), text.out());
        CliTest.Result md = compare("--format", "md");
        assertEquals(0, md.code(), md.err());
        assertTrue(md.out().contains("| Per LSOA (proxy, no population file) |"), md.out());
        assertTrue(md.out().contains("> Without a population file, areas are compared per LSOA"), md.out());
        for (String out : new String[] {text.out(), md.out()}) {
            // the only mention of residents' rates says this is not one
            assertEquals(1, out.split("(?i)rate per resident", -1).length - 1, out);
            assertTrue(out.contains("This is not a rate per resident"), out);
        }
    }

    @Test
    void csvAndJsonCarryTheLsoasAndCountsPerLsoa() {
        CliTest.Result csv = compare("--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        String[] lines = csv.out().split("\n");
        java.util.List<String> header = java.util.List.of(lines[0].split(","));
        assertTrue(header.containsAll(java.util.List.of("lsoas", "currentPerLsoa", "previousPerLsoa")), lines[0]);
        assertFalse(header.contains("currentRatePer1000"), lines[0]);
        String stevenage = java.util.Arrays.stream(lines).filter(l -> l.contains(",Stevenage,")).findFirst().orElseThrow();
        java.util.List<String> cells = java.util.List.of(stevenage.split(",", -1));
        assertEquals("51", cells.get(header.indexOf("lsoas")), stevenage);
        assertEquals(215.0 / 51, Double.parseDouble(cells.get(header.indexOf("currentPerLsoa"))), 1e-12);
        assertEquals(177.0 / 51, Double.parseDouble(cells.get(header.indexOf("previousPerLsoa"))), 1e-12);
        CliTest.Result json = compare("--format", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"area\":\"Watford\""), json.out());
        assertTrue(json.out().contains("\"lsoas\":53,\"currentPerLsoa\":" + (254.0 / 53) + ",\"previousPerLsoa\":"
                + (176.0 / 53)), json.out());
    }

    @Test
    void withAPopulationFileRatesPerResidentReplaceTheProxy() throws Exception {
        Path population = dir.resolve("population.csv");
        Files.writeString(population, "code_or_name,residents\nNorth Hertfordshire,133000\nSt Albans,148000\n"
                + "Stevenage,89000\nThree Rivers,93000\nWatford,102000\nWelwyn Hatfield,119000\n");
        CliTest.Result csv = compare("--format", "csv", "--population", population.toString());
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().split("\n")[0].contains("currentRatePer1000"), csv.out());
        assertFalse(csv.out().contains("PerLsoa"), csv.out());
        CliTest.Result text = compare("--population", population.toString());
        assertEquals(0, text.code(), text.err());
        assertFalse(text.out().contains("per LSOA"), text.out());
    }
}
