package org.cspstat.cli;

/**
 * Makes text from data safe to print on a terminal: control characters (ESC sequences that
 * recolour or retitle the terminal, a carriage return that overwrites a line, a newline that
 * forges a line of its own) are shown escaped, as {@code \n}, {@code \e} or {@code \u009b}.
 */
final class Terminal {
    private Terminal() {
    }

    /**
     * @param s text, perhaps from data or file names
     * @return the text with every control character (C0, DEL, C1, and the bidirectional
     *     overrides that reorder what is shown) escaped; a single trailing newline is kept
     */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc = escape(c);
            if (esc != null && !(c == '\n' && i == s.length() - 1)) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                b.append(esc);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * Cleans a whole output (a table, CSV or JSON printed on standard output): line breaks stay,
     * every other control character is escaped.
     *
     * @param s the output
     * @return the output with no escape sequence left in it
     */
    static String cleanLines(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n';
            String esc = lineBreak ? null : escape(c);
            if (esc != null) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                b.append(esc);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return null;
            case 0x1b:
                return "\\e";
            default:
                break;
        }
        if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }
}
