package org.cspstat.format;

/**
 * Escapes text from data for Markdown, so that a rendered summary holds no element the data
 * made: every character CommonMark or GitHub-flavoured Markdown reads as inline markup (links
 * and images, emphasis, code, strikethrough, autolinks and raw HTML, entity references, table
 * pipes, angle brackets) gets a backslash (never an entity, which a reader of the raw file
 * sees as {@code &lt;}), and a line break becomes a space. A
 * character that would start a block at the beginning of a line (a heading, a list item, a
 * quote) is escaped there too.
 */
public final class MarkdownText {
    private static final String INLINE = "\\`*_[]!&|~<>";

    private MarkdownText() {
    }

    /**
     * @param t text, perhaps from data
     * @return the text as Markdown that renders to exactly that text, on one line
     */
    public static String escape(String t) {
        return escape(t, true);
    }

    /**
     * @param t a table cell's text, perhaps from data
     * @return the cell as Markdown (a cell cannot start a block, so a leading {@code -} stays)
     */
    public static String cell(String t) {
        return escape(t, false);
    }

    private static String escape(String t, boolean lineStart) {
        String one = TableFormat.printable(t);
        StringBuilder b = new StringBuilder(one.length() + 8);
        for (int i = 0; i < one.length(); i++) {
            char c = one.charAt(i);
            if (INLINE.indexOf(c) >= 0) {
                b.append('\\').append(c);
            } else if (lineStart && i == 0 && "#-+=".indexOf(c) >= 0) {
                b.append('\\').append(c);
            } else if (lineStart && (c == '.' || c == ')') && one.substring(0, i).matches("\\d{1,9}")) {
                b.append('\\').append(c); // "1." or "1)" would start an ordered list
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
