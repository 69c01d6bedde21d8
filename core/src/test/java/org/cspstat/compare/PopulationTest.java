package org.cspstat.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cspstat.io.AreaSelection;
import org.cspstat.error.DataException;
import org.cspstat.io.Dataset;
import org.cspstat.io.LoadOptions;
import org.cspstat.io.Loader;
import org.cspstat.period.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationTest {
    @TempDir
    Path dir;

    @Test
    void residentsGiveRatesPerThousandAndLeaveTheTestUnchanged() {
        Dataset d = Loader.load(LoadOptions.builder()
                .data(Path.of("../sample-data/stevenage-2021-01-to-2022-01"))
                .selection(AreaSelection.namePrefix("Stevenage")).build());
        Comparison base = Comparison.of(d).current(Period.parse("2022-01..2022-01"));
        ComparisonRow plain = base.run().row("All crime");
        // 647 incidents in one month among 88,000 residents: 647 / 88,000 * 1,000 * 12 = 88.227...
        ComparisonRow withResidents = base.population(Population.of(Map.of("E01023691", 88_000L))).run()
                .row("All crime");
        assertEquals(88_000, withResidents.residents());
        assertEquals(647.0 / 88_000 * 12_000, withResidents.ratePer1000(true), 1e-9);
        assertEquals(541.0 / 88_000 * 12_000, withResidents.ratePer1000(false), 1e-9);
        assertEquals(plain.rateRatio(), withResidents.rateRatio(), 1e-12);
        assertEquals(plain.pValue(), withResidents.pValue(), 1e-12);
        assertEquals(Double.NaN, plain.ratePer1000(true));
    }

    @Test
    void aWardsResidentsAreTheSumOfItsLsoasUnlessListedItself() {
        Population p = Population.of(Map.of("E01", 100L, "E02", 250L, "W1", 999L));
        assertEquals(350, p.residents("W2", List.of("e01", "E02")));
        assertEquals(999, p.residents("W1", List.of("E01")));
        assertEquals(0, p.residents("W3", List.of("E01", "E03")));
    }

    @Test
    void rejectsBadLinesWithFileAndLine() throws Exception {
        Path f = dir.resolve("pop.csv");
        Files.writeString(f, "code,residents\nE01,12x\n");
        assertEquals(f + ":2: residents must be a whole number but was '12x'",
                assertThrows(DataException.class, () -> Population.read(f)).getMessage());
        Files.writeString(f, "code,residents\nE01,10\nE01,12\n");
        assertEquals(f + ":3: area E01 is listed twice",
                assertThrows(DataException.class, () -> Population.read(f)).getMessage());
    }
}
