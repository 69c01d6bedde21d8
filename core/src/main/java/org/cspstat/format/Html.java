package org.cspstat.format;

/**
 * Escapes text for HTML. Every string that comes from data or configuration (a location, an
 * area name, a category from a mapped export, an explanation) goes through {@link #escape}
 * before it reaches a page, so {@code <script>alert(1)</script>} shows as text.
 */
public final class Html {
    private Html() {
    }

    /**
     * Escapes the five characters that matter in HTML text and in quoted attribute values:
     * {@code & < > " '}.
     *
     * @param text the text; null gives the empty string
     * @return the escaped text
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
