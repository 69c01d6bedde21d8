package org.cspstat.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small immutable table: typed cells, printed as CSV prints them, and nothing that can change it. */
class TableTest {
    private static Table sample() {
        return Table.of("t", Column.text("name", Arrays.asList("a", null)), Column.integers("n", 1234L, -5L),
                Column.decimals("x", 2.0, Double.NaN), Column.flags("f", true, false),
                Column.integers("m", Arrays.asList(7L, null)), Column.decimals("y", 1e-5, Double.POSITIVE_INFINITY));
    }

    @Test
    void printsCellsAsPlainValuesWithMissingOnesEmpty() {
        assertEquals(List.of(List.of("a", "1234", "2", "true", "7", "0.00001"), List.of("", "-5", "", "false", "", "")),
                sample().cells());
        assertEquals("name,n,x,f,m,y\na,1234,2,true,7,0.00001\n,-5,,false,,\n", TableFormat.CSV.render(sample()));
    }

    @Test
    void knowsNumbersFromTextAndMissingValues() {
        Table t = sample();
        assertEquals(2, t.rowCount());
        assertTrue(t.column("n").isNumeric());
        assertFalse(t.column("name").isNumeric());
        assertEquals(-5.0, t.column("n").number(1), 0.0);
        assertTrue(t.column("x").isMissing(1));
        assertTrue(Double.isNaN(t.column("x").number(1)));
        assertTrue(t.column("name").isMissing(1));
        assertTrue(t.column("y").isMissing(1), "infinity is missing");
        assertEquals(1, t.column("f").countTrue());
        assertThrows(IllegalStateException.class, () -> t.column("name").number(0));
    }

    @Test
    void cannotBeChangedThroughWhatItHandsOut() {
        Table t = sample();
        assertThrows(UnsupportedOperationException.class, () -> t.columns().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> t.column("n").values().set(0, 1L));
        assertThrows(UnsupportedOperationException.class, () -> t.cells().get(0).set(0, "z"));
        assertThrows(UnsupportedOperationException.class, () -> t.cells().remove(0));
        assertEquals(sample(), t);
    }

    @Test
    void copiesWhatItIsGiven() {
        List<String> names = new ArrayList<>(List.of("a", "b"));
        List<Column> columns = new ArrayList<>(List.of(Column.text("name", names)));
        Table t = new Table("t", columns);
        names.set(0, "changed");
        columns.add(Column.text("other", List.of("x", "y")));
        assertEquals(List.of("name"), t.columnNames());
        assertEquals("a", t.column("name").value(0));
    }

    @Test
    void changesMakeNewTables() {
        Table t = sample();
        Table fewer = t.without("x");
        Table more = t.withColumn(0, Column.text("first", List.of("1", "2")));
        Table replaced = t.replacing(Column.text("n", List.of("1,234", "-5")));
        assertEquals(List.of("name", "n", "f", "m", "y"), fewer.columnNames());
        assertEquals(List.of("first", "name", "n", "x", "f", "m", "y"), more.columnNames());
        assertEquals("1,234", replaced.column("n").value(0));
        assertEquals(sample(), t);
    }

    @Test
    void refusesRaggedColumnsDuplicateNamesAndValuesOfTheWrongKind() {
        assertEquals("table 't': column 'b' has 1 rows, column 'a' 2",
                assertThrows(IllegalArgumentException.class, () -> Table.of("t", Column.text("a", List.of("1", "2")),
                        Column.text("b", List.of("1")))).getMessage());
        assertEquals("table 't': two columns named 'a'",
                assertThrows(IllegalArgumentException.class, () -> Table.of("t", Column.text("a", List.of("1")),
                        Column.text("a", List.of("2")))).getMessage());
        assertEquals("column 'n': a String does not belong in it", assertThrows(IllegalArgumentException.class,
                () -> new Column("n", Column.Kind.INTEGER, List.of("1"))).getMessage());
        assertEquals("table 't' has no column 'z': it has name, n, x, f, m, y",
                assertThrows(IllegalArgumentException.class, () -> sample().column("z")).getMessage());
    }
}
