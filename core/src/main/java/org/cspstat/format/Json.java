package org.cspstat.format;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer, so that every JSON and GeoJSON output of cspstat escapes
 * strings the same, tested way (RFC 8259) and writes non-finite numbers as {@code null}. It
 * refuses calls that would make invalid JSON (a value without a name in an object, a name in an
 * array, a second top-level value, mismatched ends) with an {@link IllegalStateException}.
 *
 * <pre>{@code
 * String text = new Json().beginObject()
 *         .name("rowsRead").value(12)
 *         .name("months").beginArray().value("2021-01").endArray()
 *         .endObject().toString();
 * }</pre>
 */
public final class Json {
    private final StringBuilder out = new StringBuilder();
    private final Deque<Boolean> first = new ArrayDeque<>();
    /** Per open container: true for an object, false for an array. */
    private final Deque<Boolean> inObject = new ArrayDeque<>();
    private boolean afterName;
    private boolean topLevelWritten;

    /** Creates an empty writer. */
    public Json() {
        // nothing to set up
    }

    /** @return this writer, after opening an object */
    public Json beginObject() {
        separate();
        out.append('{');
        first.push(Boolean.TRUE);
        inObject.push(Boolean.TRUE);
        return this;
    }

    /** @return this writer, after closing the innermost object */
    public Json endObject() {
        end(true);
        out.append('}');
        return this;
    }

    /** @return this writer, after opening an array */
    public Json beginArray() {
        separate();
        out.append('[');
        first.push(Boolean.TRUE);
        inObject.push(Boolean.FALSE);
        return this;
    }

    /** @return this writer, after closing the innermost array */
    public Json endArray() {
        end(false);
        out.append(']');
        return this;
    }

    private void end(boolean object) {
        if (inObject.isEmpty() || inObject.peek() != object) {
            throw new IllegalStateException("no open " + (object ? "object" : "array") + " to end");
        }
        if (afterName) {
            throw new IllegalStateException("a name without a value");
        }
        inObject.pop();
        first.pop();
    }

    /**
     * Writes a member name; the next value belongs to it.
     *
     * @param name the member name
     * @return this writer
     */
    public Json name(String name) {
        if (inObject.isEmpty() || !inObject.peek() || afterName) {
            throw new IllegalStateException("a name belongs directly inside an object, before its value: '" + name + "'");
        }
        comma();
        quote(name);
        out.append(':');
        afterName = true;
        return this;
    }

    /**
     * @param text a string, or null for JSON {@code null}
     * @return this writer
     */
    public Json value(String text) {
        separate();
        if (text == null) {
            out.append("null");
        } else {
            quote(text);
        }
        return this;
    }

    /**
     * @param number a number; NaN and infinities are written as {@code null}
     * @return this writer
     */
    public Json value(double number) {
        separate();
        if (Double.isFinite(number)) {
            if (number == Math.rint(number) && Math.abs(number) < 1e15) {
                out.append((long) number);
            } else {
                out.append(number);
            }
        } else {
            out.append("null");
        }
        return this;
    }

    /**
     * @param number a whole number
     * @return this writer
     */
    public Json value(long number) {
        separate();
        out.append(number);
        return this;
    }

    /**
     * @param flag a boolean
     * @return this writer
     */
    public Json value(boolean flag) {
        separate();
        out.append(flag);
        return this;
    }

    /** @return this writer, after writing {@code null} */
    public Json nullValue() {
        separate();
        out.append("null");
        return this;
    }

    /** Writes the comma before a value when one is due; refuses a value where none may go. */
    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (inObject.isEmpty()) {
            if (topLevelWritten) {
                throw new IllegalStateException("a JSON text has one top-level value");
            }
            topLevelWritten = true;
            return;
        }
        if (inObject.peek()) {
            throw new IllegalStateException("a value inside an object needs a name first");
        }
        comma();
    }

    /** Writes a comma unless this is the first member or element of the innermost container. */
    private void comma() {
        if (first.peek()) {
            first.pop();
            first.push(Boolean.FALSE);
        } else {
            out.append(',');
        }
    }

    private void quote(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    /** @return the JSON text written so far */
    @Override
    public String toString() {
        return out.toString();
    }
}
