package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.cspstat.compare.AreaLevel;
import org.cspstat.compare.Comparison;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.compare.Grouping;
import org.cspstat.io.AreaLookup;
import org.cspstat.io.AreaSelection;
import org.cspstat.io.Dataset;
import org.cspstat.io.LoadOptions;
import org.cspstat.io.Loader;
import org.cspstat.json.CspstatJson;
import org.cspstat.period.Period;
import org.junit.jupiter.api.Test;

/**
 * An embedder's JSON is the command line's: a comparison made with the library and written by
 * Jackson ({@link CspstatJson#write}), read back as a tree, equals the tree of
 * {@code compare --format json} on the same data (issue 14, item 2).
 */
class JsonRoundTripTest {
    private static final ObjectMapper MAPPER = CspstatJson.mapper();

    private static Dataset stevenage() {
        return Loader.load(LoadOptions.builder().data(Path.of(CliTest.STEVENAGE))
                .selection(AreaSelection.namePrefix("Stevenage"))
                .lookup(AreaLookup.read(Path.of(CliTest.STEVENAGE, "lsoa11-ward-lookup.csv"))).build());
    }

    @Test
    void aComparisonByCategoryRoundTripsToTheCommandLinesJson() throws Exception {
        ComparisonResult r = Comparison.of(stevenage()).current(Period.parse("2022-01..2022-01")).run();
        CliTest.Result cli = CliTest.run("compare", "--data", CliTest.STEVENAGE, "--area-prefix", "Stevenage",
                "--period", "2022-01..2022-01", "--format", "json");
        assertEquals(0, cli.code(), cli.err());
        JsonNode library = MAPPER.readTree(CspstatJson.write(r));
        assertEquals(MAPPER.readTree(cli.out()), library);
        assertTrue(library.get("rows").size() > 10, "a category per row");
        // and the text itself is the same, byte for byte
        assertEquals(cli.out().strip(), CspstatJson.write(r));
    }

    @Test
    void aComparisonOfWardsPerLsoaRoundTripsToTheCommandLinesJson() throws Exception {
        ComparisonResult r = Comparison.of(stevenage()).current(Period.parse("2022-01..2022-01")).by(Grouping.AREA)
                .areaLevel(AreaLevel.WARD).run();
        CliTest.Result cli = CliTest.run("compare", "--data", CliTest.STEVENAGE, "--area-prefix", "Stevenage",
                "--lookup", CliTest.STEVENAGE + "/lsoa11-ward-lookup.csv", "--by", "area", "--area-level", "ward",
                "--period", "2022-01..2022-01", "--format", "json");
        assertEquals(0, cli.code(), cli.err());
        JsonNode library = MAPPER.readTree(CspstatJson.write(r));
        assertEquals(MAPPER.readTree(cli.out()), library);
        assertTrue(library.get("rows").get(0).has("currentPerLsoa"), "ward rows carry the per-LSOA proxy");
    }
}
