package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cspstat.error.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTest {
    @TempDir
    Path dir;

    @Test
    void replacesATargetWholeAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("a/out.csv");
        Output.bytes(target, "old".getBytes(StandardCharsets.UTF_8), List.of());
        Output.bytes(target, "new".getBytes(StandardCharsets.UTF_8), List.of());
        assertEquals("new", Files.readString(target));
        try (var files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void neverOverwritesAnInputFileOrADataFileInAnInputFolder() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path csv = Files.writeString(data.resolve("2021-01-x-street.csv"), "Month\n");
        byte[] before = Files.readAllBytes(csv);
        assertEquals(csv + ": is an input file; refusing to overwrite it",
                assertThrows(DataException.class, () -> Output.bytes(csv, new byte[1], List.of(csv))).getMessage());
        assertEquals(csv + ": is a data file inside the input folder " + data + "; refusing to overwrite it",
                assertThrows(DataException.class, () -> Output.bytes(csv, new byte[1], List.of(data))).getMessage());
        assertArrayEquals(before, Files.readAllBytes(csv));
    }

    @Test
    void periodConverterNamesTheAcceptedForms() {
        var e = assertThrows(picocli.CommandLine.TypeConversionException.class,
                () -> new PeriodOptions.PeriodConverter().convert("Q3"));
        assertEquals("unrecognised period 'Q3': expected one of 2017/18 (or 2017-18), 2017/18:Q3, 2017/18:Q1-Q3, 2017, "
                + "2017-04..2017-12, 2017-04", e.getMessage());
        assertEquals("unknown format 'xml': expected text, json",
                assertThrows(org.cspstat.error.UsageException.class, () -> Formats.check("xml", "text", "json")).getMessage());
        assertEquals(3, ExitCodes.DATA);
    }
}
