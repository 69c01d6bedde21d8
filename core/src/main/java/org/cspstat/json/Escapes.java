package org.cspstat.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * cspstat's string escapes on top of JSON's own: {@code <}, {@code >} and {@code &} as
 * <code>&#92;u003c</code>, <code>&#92;u003e</code>, <code>&#92;u0026</code>, so JSON pasted into an HTML page cannot close a
 * script element, and the line and paragraph separators U+2028 and U+2029, which JavaScript
 * before ES2019 does not accept inside a string literal. Everything else is as Jackson writes it
 * (control characters as {@code \n}, {@code \t} or <code>&#92;u00XX</code>).
 */
final class Escapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII;

    static {
        int[] codes = standardAsciiEscapesForJSON();
        codes['<'] = ESCAPE_STANDARD;
        codes['>'] = ESCAPE_STANDARD;
        codes['&'] = ESCAPE_STANDARD;
        ASCII = codes;
    }

    private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return ch == 0x2028 ? LINE_SEPARATOR : ch == 0x2029 ? PARAGRAPH_SEPARATOR : null;
    }
}
