package org.cspstat.cli;

import java.util.ArrayList;
import java.util.List;
import org.cspstat.report.Disclosure;

/**
 * Disclosure control on the JSON of {@code compare --by area --suppress N}: in each object of the
 * top-level {@code rows} array, a count from 1 to N−1 becomes {@code null}, so does every value
 * worked out from the row's counts (change, percent change, rate ratio and interval, p-values,
 * z, rates), and the row gains {@code "suppressed": true} (a null alone would read as "not
 * defined"). Other rows are unchanged. The rows are flat objects, as the comparison writes them.
 */
final class SuppressedJson {
    private SuppressedJson() {
    }

    static String rows(String json, int threshold) {
        int start = json.indexOf("\"rows\":[");
        if (start < 0) {
            return json;
        }
        int i = start + "\"rows\":[".length();
        StringBuilder out = new StringBuilder(json.substring(0, i));
        while (i < json.length()) {
            char c = json.charAt(i);
            if (c == '{') {
                int end = objectEnd(json, i);
                out.append(row(json.substring(i, end + 1), threshold));
                i = end + 1;
            } else if (c == ']') {
                out.append(json.substring(i));
                return out.toString();
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** @return the index of the brace closing the object opened at {@code open} */
    private static int objectEnd(String json, int open) {
        int depth = 0;
        boolean string = false;
        for (int i = open; i < json.length(); i++) {
            char c = json.charAt(i);
            if (string) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    string = false;
                }
            } else if (c == '"') {
                string = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        throw new IllegalStateException("unbalanced JSON");
    }

    /** One flat row object: its members as name and raw value, rewritten when a count is suppressed. */
    private static String row(String object, int threshold) {
        List<String[]> members = new ArrayList<>();
        int i = 1;
        while (i < object.length() - 1) {
            char c = object.charAt(i);
            if (c == '"') {
                int nameEnd = stringEnd(object, i);
                String name = object.substring(i + 1, nameEnd);
                int colon = object.indexOf(':', nameEnd);
                int valueStart = colon + 1;
                int valueEnd = valueEnd(object, valueStart);
                members.add(new String[] {name, object.substring(valueStart, valueEnd)});
                i = valueEnd;
            } else {
                i++;
            }
        }
        boolean hidden = false;
        for (String[] m : members) {
            if (Disclosure.isCount(m[0]) && m[1].matches("\\d+")
                    && Disclosure.suppressed(Long.parseLong(m[1]), threshold)) {
                m[1] = "null";
                hidden = true;
            }
        }
        if (!hidden) {
            return object;
        }
        StringBuilder out = new StringBuilder("{");
        for (String[] m : members) {
            if (!Disclosure.isCount(m[0]) && Disclosure.revealsCounts(m[0])) {
                m[1] = "null";
            }
            out.append(out.length() > 1 ? "," : "").append('"').append(m[0]).append("\":").append(m[1]);
        }
        return out.append(",\"suppressed\":true}").toString();
    }

    private static int stringEnd(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '"') {
                return i;
            }
        }
        throw new IllegalStateException("unterminated string");
    }

    private static int valueEnd(String s, int start) {
        int i = start;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '"') {
            return stringEnd(s, i) + 1;
        }
        if (i < s.length() && (s.charAt(i) == '{' || s.charAt(i) == '[')) {
            return objectEnd(s, i) + 1;
        }
        while (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '}') {
            i++;
        }
        return i;
    }
}
