package org.cspstat.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cspstat.error.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskConfigTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void loadsAMatrixWithADeclaredGroupSettingsAndOverridesFromFiles() throws IOException {
        Path matrix = write("county.csv", "issue,harm,vulnerability,community_concern,public_confidence\n"
                + "Domestic abuse,4,5,3,3\nBurglary,4,4,4,4\n");
        Path settings = write("settings.csv", "setting,value\nband.high,16\n");
        Path overrides = write("district.csv", "issue,dimension,score,reason\ndomestic abuse,community concern,5,DA strategy\n");
        RiskConfig config = RiskConfig.load(matrix, settings, overrides, Issues.with(List.of("Domestic abuse")));
        assertEquals(List.of("Domestic abuse", "Burglary"), List.copyOf(config.matrix().rows().keySet()));
        assertEquals(16, config.settings().highFrom().intValue());
        assertEquals(List.of(new ScoreOverride("Domestic abuse", "community_concern", 3, 5, "DA strategy", 2)),
                config.overrides().overrides());
    }

    @Test
    void usesTheBundledMatrixDefaultSettingsAndNoOverridesForMissingPaths() {
        RiskConfig config = RiskConfig.load(null, null, null, Issues.standard());
        assertEquals(RiskConfig.bundled(), config);
        assertEquals(14 + Issues.FLAG_CATEGORIES.size(), config.matrix().rows().size());
    }

    @Test
    void reportsTheFileNameAndLineOfABadFile() throws IOException {
        Path matrix = write("county.csv", "issue,harm,vulnerability,community_concern,public_confidence\n"
                + "Violent crime,4,5,3,3\n");
        DataException e = assertThrows(DataException.class,
                () -> RiskConfig.load(matrix, null, null, Issues.standard()));
        assertEquals(matrix + ":2: unknown issue 'Violent crime' (expected a police.uk category, 'All crime',"
                + " 'All ASB' or a declared group)", e.getMessage());
    }

    @Test
    void reportsAMissingFile() {
        Path missing = dir.resolve("nope.csv");
        DataException e = assertThrows(DataException.class,
                () -> RiskConfig.load(null, missing, null, Issues.standard()));
        assertEquals(missing + ": no such file or directory", e.getMessage());
    }
}
