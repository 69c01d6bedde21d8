package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cspstat.output.chart.Images;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cspstat areas} and {@code report --each-district} on a third of the rows of six real
 * Hertfordshire districts in January 2021 and January 2022 (src/test/resources/peers, OGL v3.0;
 * rows per district counted with Python's csv module when the file was cut: North Hertfordshire
 * 391, St Albans 530, Stevenage 497, Three Rivers 287, Watford 537, Welwyn Hatfield 592).
 */
class CountyReportTest {
    static final String SIX = Path.of("src/test/resources/peers/herts-six-districts.zip").toString();

    @TempDir
    Path dir;

    @Test
    void areasListsTheDistrictsWithTheirRows() {
        CliTest.Result r = CliTest.run("areas", "--data", SIX, "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("District,LSOAs,Rows\nNorth Hertfordshire,"), r.out());
        for (String row : List.of("North Hertfordshire,", "St Albans,", "Stevenage,", "Three Rivers,", "Watford,",
                "Welwyn Hatfield,")) {
            assertTrue(r.out().contains(row), row);
        }
        assertTrue(r.out().contains(",391\n") && r.out().contains(",530\n") && r.out().contains(",497\n")
                && r.out().contains(",287\n") && r.out().contains(",537\n") && r.out().contains(",592\n"), r.out());
    }

    @Test
    void eachDistrictWritesAPackPerDistrictAndAnOverviewWithFunnelPlots() throws IOException {
        Path out = dir.resolve("county");
        CliTest.Result r = CliTest.run("report", "--data", SIX, "--each-district", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        for (String d : List.of("north-hertfordshire", "st-albans", "stevenage", "three-rivers", "watford",
                "welwyn-hatfield")) {
            Path pack = out.resolve(d);
            String html = Files.readString(pack.resolve("index.html"));
            assertTrue(html.contains("among its peers"), d);
            assertTrue(html.contains("per LSOA"), d);
            Images.checkPng(Files.readAllBytes(pack.resolve("charts/funnel-all-crime.png")), 1600, 900);
        }
        String overview = Files.readString(out.resolve("index.html"));
        assertTrue(overview.contains("County overview: 6 districts"), overview);
        assertTrue(overview.contains("stevenage/index.html"), overview);
        Images.checkPng(Files.readAllBytes(out.resolve("charts/funnel-all-crime.png")), 1600, 900);
        String districts = Files.readString(out.resolve("tables/districts.csv"));
        assertTrue(districts.contains("Stevenage,") && districts.contains(",497,"), districts);
        // per LSOA, never per resident, without a population file
        String peers = CliTest.packCsv(out.resolve("stevenage/tables/peers.csv"));
        assertTrue(peers.startsWith("Issue,District,Incidents,LSOAs,Rate per LSOA,"), peers);
    }

    @Test
    void aPopulationFileGivesRatesPerThousandResidents() throws IOException {
        // illustrative residents, not ONS figures: the test checks the arithmetic, not the places
        Path population = dir.resolve("population.csv");
        Files.writeString(population, "code_or_name,residents\nNorth Hertfordshire,100000\nSt Albans,100000\n"
                + "Stevenage,50000\nThree Rivers,50000\nWatford,50000\nWelwyn Hatfield,100000\n");
        Path out = dir.resolve("one");
        CliTest.Result r = CliTest.run("report", "--data", SIX, "--each-district", "Stevenage", "--population",
                population.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String peers = CliTest.packCsv(out.resolve("stevenage/tables/peers.csv"));
        assertTrue(peers.startsWith("Issue,District,Incidents,Residents,\"Rate per 1,000 residents\","), peers);
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
    }

    @Test
    void anUnknownDistrictNamesTheOnesThereAre() {
        CliTest.Result r = CliTest.run("report", "--data", SIX, "--each-district", "Narnia", "--out",
                dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("cspstat: no district 'Narnia' in the data (LSOA names 'Narnia NNNX'): the data "
                + "have North Hertfordshire, St Albans, Stevenage, Three Rivers, Watford, Welwyn Hatfield"), r.err());
    }

    @Test
    void eachDistrictRefusesAnAreaSelection() {
        CliTest.Result r = CliTest.run("report", "--data", SIX, "--each-district", "--area-prefix", "Stevenage",
                "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("cspstat: --each-district reads every district in the data"), r.err());
    }
}
