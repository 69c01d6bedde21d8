package org.cspstat.io;

import org.cspstat.error.DataException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.cspstat.model.Area;
import org.junit.jupiter.api.Test;

class AreaLookupTest {
    private static AreaLookup read(String text) {
        return AreaLookup.read("lookup.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheOnsLayoutWhateverTheYearAndColumnOrder() {
        AreaLookup l = read("\uFEFFFID,LSOA11NM,LSOA11CD,WD21CD,WD21NM,LAD21CD,LAD21NM\n"
                + "1,Stevenage 008D,E01023691,E05012345,Bedwell,E07000243,Stevenage\n");
        assertEquals(Optional.of(new Area("E05012345", "Bedwell")), l.ward("e01023691"));
        assertEquals(Optional.of(new Area("E07000243", "Stevenage")), l.district("E01023691"));
        assertEquals(Optional.empty(), l.ward("E01000000"));
    }

    @Test
    void readsAPlainTwoColumnFile() {
        AreaLookup l = read("lsoa,ward\nE01023691,Bedwell\n");
        assertEquals(Optional.of(new Area("Bedwell", "Bedwell")), l.ward("E01023691"));
        assertEquals(1, l.size());
    }

    @Test
    void rejectsAFileWithoutWardColumns() {
        assertEquals("lookup.csv:1: expected ONS columns (LSOA11CD, WD22CD, WD22NM, ...) or two columns lsoa,ward but "
                + "found 3 columns without an LSOAxxCD column",
                assertThrows(DataException.class, () -> read("a,b,c\n1,2,3\n")).getMessage());
    }

    @Test
    void groupsTheSampleByWard() {
        assertEquals(true, SampleData.lookup().orElseThrow().size() > 40);
    }
}
