package org.cspstat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cspstat.error.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The area workflows the CLI runs, callable from core: an LSOA list file and polygons from a boundary file. */
class AreaFilesTest {
    @TempDir
    Path dir;

    @Test
    void anLsoaListSelectsByItsFirstColumn() throws Exception {
        Path list = dir.resolve("lsoas.csv");
        Files.writeString(list, "\uFEFFcode,name\n\"E01023691\",Stevenage 001A\ne01023692,x\nnot a code\n");
        AreaSelection s = AreaSelection.codesFile(list);
        assertEquals(true, s.contains("E01023691", "anything"));
        assertEquals(true, s.contains("E01023692", "anything"));
        assertEquals(false, s.contains("E01000001", "anything"));
        Path none = dir.resolve("none.csv");
        Files.writeString(none, "code\nnothing here\n");
        DataException e = assertThrows(DataException.class, () -> AreaSelection.codesFile(none));
        assertEquals(none + ": no LSOA codes (like E01023691) in the first column", e.getMessage());
    }

    @Test
    void wardPolygonsAssignAPointToItsWard() {
        AreaAssigner wards = AreaAssigner.polygons(Path.of("../sample-data/stevenage-boundaries/ward.geojson"));
        // Stevenage town centre (Bedwell ward) and a point in the sea
        assertEquals("Bedwell", wards.areaOf(-0.2020, 51.9025).name());
        assertEquals(null, wards.areaOf(1.5, 52.0));
    }
}
