package org.cspstat.io;

import org.cspstat.error.DataException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.cspstat.count.CountStore;
import org.cspstat.model.CategoryKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedExportReaderTest {
    @TempDir
    Path dir;

    static final List<String> MAPPING = List.of(
            "[file]", "name = Test council", "encoding = windows-1252",
            "[columns]", "id = Ref", "date = Reported", "date format = dd/MM/yyyy HH:mm", "category = Type",
            "area code = Ward", "area name = Ward name", "latitude = Lat", "longitude = Lon", "location = Where",
            "[flags]", "DA = Y, yes -> Domestic abuse",
            "[recode]", "Youth nuisance = Youth ASB", "Criminal damage = Criminal damage and arson");

    private Path export(String... rows) throws IOException {
        Path f = dir.resolve("export.csv");
        String text = "Ref,Reported,Type,Ward,Ward name,Lat,Lon,DA,Where\r\n" + String.join("\r\n", rows) + "\r\n";
        Files.write(f, text.getBytes(Charset.forName("windows-1252")));
        return f;
    }

    private static long total(CountStore s, String category, YearMonth m) {
        return s.categoryId(category).map(c -> s.total(c, m)).orElse(0L);
    }

    @Test
    void readsDatesRecodesFlagsAndWindows1252() throws IOException {
        Path f = export(
                "A1,01/04/2024 11:31,Youth nuisance,E05,St Anne’s,52.6,-0.95,N,Café Row",
                "A2,30/04/2024 23:59,Youth nuisance,E05,St Anne’s,52.6,-0.95,Y,Café Row",
                "A3,01/05/2024 00:00,Criminal damage,E06,Westbrook,,,yes,",
                "A4,01/05/2024 09:00,Noise nuisance,E06,Westbrook,52.6,-0.95,N,x");
        Dataset d = Loader.load(LoadOptions.builder().data(f)
                .mapping(ExportMapping.parse("mapping.txt", MAPPING)).build());
        CountStore s = d.counts();
        YearMonth apr = YearMonth.of(2024, 4);
        YearMonth may = YearMonth.of(2024, 5);
        assertEquals(2, total(s, "Youth ASB", apr));
        assertEquals(1, total(s, "Domestic abuse", apr));
        assertEquals(1, total(s, "Domestic abuse", may));
        assertEquals(1, total(s, "Criminal damage and arson", may));
        assertEquals(1, total(s, "Noise nuisance", may));
        assertEquals(CategoryKind.FLAG, s.categories().get(s.categoryId("Domestic abuse").orElseThrow()).kind());
        assertEquals(CategoryKind.CRIME, s.categories().get(s.categoryId("Criminal damage and arson").orElseThrow()).kind());
        assertEquals(CategoryKind.ASB, s.categories().get(s.categoryId("Noise nuisance").orElseThrow()).kind());
        assertEquals("St Anne’s", s.areas().stream().filter(a -> a.code().equals("E05")).findFirst().orElseThrow().name());
        assertEquals(4, d.quality().accepted());
        assertEquals("Test council", d.source());
    }

    @Test
    void rejectsBadDatesWithTheExpectedFormat() throws IOException {
        Path f = export("A1,31/02/2024 10:00,Youth nuisance,E05,W,52.6,-0.95,N,x",
                "A2,2024-04-01,Youth nuisance,E05,W,52.6,-0.95,N,x",
                "A3,,Youth nuisance,E05,W,52.6,-0.95,N,x",
                "A4,01/04/2024 10:00,Youth nuisance,E05,W,52.6,-0.95,N,x");
        Dataset d = Loader.load(LoadOptions.builder().data(f).mapping(ExportMapping.parse("m", MAPPING)).build());
        assertEquals(List.of(
                "export.csv:2: column 'Reported': expected dd/MM/yyyy HH:mm (or dd/MM/yyyy for a date alone) but was '31/02/2024 10:00'",
                "export.csv:3: column 'Reported': expected dd/MM/yyyy HH:mm (or dd/MM/yyyy for a date alone) but was '2024-04-01'",
                "export.csv:4: column 'Reported' is empty"),
                d.quality().rejects().stream().map(Reject::toString).toList());
    }

    @Test
    void readsTheShippedCouncilExampleWithItsMapping() {
        Dataset d = Loader.load(LoadOptions.builder().data(Path.of("../sample-data/council-asb/asb-cases.csv"))
                .mapping(ExportMapping.read(Path.of("../sample-data/council-asb/mapping.txt"))).build());
        assertEquals(1514, d.quality().rowsRead());
        assertEquals(1514, d.quality().accepted());
        // independent count: awk -F, '$8=="Y"' asb-cases.csv | wc -l
        long flagged = d.counts().categoryId("Domestic abuse").map(c -> d.counts().months().stream()
                .mapToLong(m -> d.counts().total(c, m)).sum()).orElse(0L);
        assertEquals(142, flagged);
    }

    @Test
    void mappingErrorsNameTheLine() {
        assertEquals("m:2: unknown column role 'colour': expected one of area code, area name, category, date, "
                + "date format, id, latitude, location, longitude",
                assertThrows(DataException.class, () -> ExportMapping.parse("m", List.of("[columns]", "colour = X")))
                        .getMessage());
        assertEquals("m:1: unknown section [cols]: expected [file], [columns], [flags] or [recode]",
                assertThrows(DataException.class, () -> ExportMapping.parse("m", List.of("[cols]"))).getMessage());
        assertEquals("m:2: unknown encoding 'latin-9x': use UTF-8 or windows-1252",
                assertThrows(DataException.class, () -> ExportMapping.parse("m", List.of("[file]", "encoding = latin-9x")))
                        .getMessage());
        assertEquals("m:2: a flag reads 'column = value, value -> category' but was 'DA = Y'",
                assertThrows(DataException.class, () -> ExportMapping.parse("m", List.of("[flags]", "DA = Y")))
                        .getMessage());
        assertEquals("m: [columns] must name the 'category' column",
                assertThrows(DataException.class, () -> ExportMapping.parse("m", List.of("[columns]", "date = D")))
                        .getMessage());
        assertEquals("m:1: 'date' is outside a section: start with [file] or [columns]",
                assertThrows(DataException.class, () -> ExportMapping.parse("m", List.of("date = D"))).getMessage());
    }

    @Test
    void aMissingMappedColumnMakesTheFileUnusable() throws IOException {
        Path f = dir.resolve("x.csv");
        Files.writeString(f, "Ref,When\nA,01/01/2024 10:00\n");
        DataException e = assertThrows(DataException.class, () -> Loader.load(LoadOptions.builder().data(f)
                .mapping(ExportMapping.parse("m", MAPPING)).build()));
        assertEquals(f + ": no usable rows: 1 rows read, 1 rejected, 0 outside the area; first reject x.csv:1: "
                + "missing column 'Reported' in the header (named for 'date' by the mapping) (1 row)", e.getMessage());
    }
}
