package org.cspstat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.cspstat.format.Table;
import org.junit.jupiter.api.Test;

/**
 * Nobody holding a pack can change it through a table (there was a bug where removing a column
 * from a {@link ReportTable}'s Tablesaw table changed the pack's CSV and page).
 */
class ReportTableImmutabilityTest {

    @Test
    void removingAColumnFromAPackTableLeavesThePackAsItWas() {
        ReportPack pack = NumbersForPeopleTest.samplePack();
        ReportTable t = pack.tables().get(0);
        List<String> names = t.data().columnNames();
        List<String> display = t.displayNames();
        List<List<String>> rows = t.displayRows();
        String markdown = MarkdownReport.render(pack, n -> n + ".png");

        assertThrows(UnsupportedOperationException.class, () -> t.data().columns().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> t.display().columns().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> t.data().column(0).values().set(0, null));
        assertThrows(UnsupportedOperationException.class, () -> t.displayNames().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> t.displayRows().get(0).set(0, "changed"));
        assertThrows(UnsupportedOperationException.class, () -> pack.tables().remove(0));
        Table fewer = t.data().without(names.get(0));

        assertEquals(names.size() - 1, fewer.columnCount());
        ReportTable again = pack.tables().get(0);
        assertEquals(names, again.data().columnNames());
        assertEquals(display, again.displayNames());
        assertEquals(rows, again.displayRows());
        assertEquals(markdown, MarkdownReport.render(pack, n -> n + ".png"));
    }
}
