package org.cspstat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import org.cspstat.error.DataException;
import org.junit.jupiter.api.Test;

/** The mapping file's parser: a key given twice is an error, and quoted date-format literals survive. */
class ExportMappingTest {
    @Test
    void aKeyGivenTwiceIsAnErrorNamingBothLines() {
        DataException e = assertThrows(DataException.class, () -> ExportMapping.parse("m.txt", List.of(
                "[columns]", "date = Reported", "category = Type", "category = Other type")));
        assertEquals("m.txt:4: 'category' is given twice in [columns] (first on line 3); give it once", e.getMessage());
        DataException recode = assertThrows(DataException.class, () -> ExportMapping.parse("m.txt", List.of(
                "[columns]", "date = Reported", "category = Type", "[recode]", "Noise = Nuisance", "noise = Other")));
        assertEquals(6, recode.line());
    }

    @Test
    void quotedLiteralsInTheDateFormatAreKeptAsWritten() {
        // 'day' holds a y: turning every y into u (for the strict resolver) made it 'dau' and the dates unreadable
        ExportMapping m = ExportMapping.parse("m.txt", List.of("[columns]", "date = Reported",
                "date format = 'day' dd/MM/yyyy", "category = Type"));
        assertEquals("'day' dd/MM/uuuu", ExportMapping.prolepticYears(m.datePattern()));
        assertEquals(YearMonth.of(2024, 3), YearMonth.from(m.dateFormatter().parse("day 15/03/2024")));
    }
}
