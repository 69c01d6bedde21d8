package org.cspstat.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text and Markdown tables show data safely; CSV keeps it whole and guarded. */
class TableFormatTest {
    private static final String HOSTILE = "Stevenage\u001b[2J 001A\u0007\u009b31m\u2028end\tx\r\ny";
    private static final List<String> NAMES = List.of("area", "count");
    private static final List<List<String>> ROWS = List.of(List.of(HOSTILE, "12"), List.of("=cmd|' /C calc'!A0", "-5.4"));

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(c -> c != '\n' && (Character.isISOControl(c) || c == 0x2028 || c == 0x2029));
    }

    @Test
    void textAndMarkdownCarryNoControlCharacters() {
        for (TableFormat f : new TableFormat[] {TableFormat.TEXT, TableFormat.MD}) {
            String out = f.render(NAMES, ROWS);
            assertFalse(hasControl(out), f + ": " + out);
            // Markdown also escapes the bracket, which could open a link
            assertTrue(out.contains(f == TableFormat.MD ? "Stevenage?\\[2J 001A??31m?end x y"
                    : "Stevenage?[2J 001A??31m?end x y"), f + ": " + out);
            assertEquals(f == TableFormat.MD ? 4 : 4, out.split("\n").length, out); // header, rule, two rows
        }
        assertEquals("a b", TableFormat.printable("a\r\n\tb"));
        assertEquals("??", TableFormat.printable("\u0000\u007f"));
    }

    @Test
    void csvKeepsTheDataAndGuardsFormulas() {
        String out = TableFormat.CSV.render(NAMES, ROWS);
        assertTrue(out.contains("\"" + HOSTILE.replace("\"", "\"\"") + "\""), out);
        assertTrue(out.contains("'=cmd|' /C calc'!A0,-5.4"), out);
    }
}
