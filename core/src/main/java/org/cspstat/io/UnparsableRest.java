package org.cspstat.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accounts for what is left of a file when the CSV parser gives up on a record (a character after
 * a closing quote, binary data, a field past the parser's buffer): the line it gave up at, and how
 * many rows are lost from there to the end of the file. In lenient mode those rows are rejected
 * and counted, so one stray quote costs the rest of its file, said so, never the whole load.
 */
final class UnparsableRest {
    private static final Pattern LINE = Pattern.compile("\\(?(?:record starting at )?line (\\d+)\\)?");

    private UnparsableRest() {
    }

    /**
     * @param message the parser's message, which names the line of the failing record
     * @param fallback the line to use when the message names none
     * @return the 1-based line of the record the parser gave up on
     */
    static long line(String message, long fallback) {
        Matcher m = LINE.matcher(message);
        long line = -1;
        while (m.find()) {
            line = Long.parseLong(m.group(1));
        }
        return line > 0 ? line : fallback;
    }

    /**
     * @param message the parser's message
     * @return the message without its line reference, which the reject already carries
     */
    static String reason(String message) {
        return LINE.matcher(message).replaceAll("").replaceAll("\\s+", " ").strip().replaceAll("\\.$", "");
    }

    /**
     * Counts the non-empty lines from a line to the end of the source, the header (line 1)
     * excluded: the rows the parser could not read. Lines end at LF, CRLF or a lone CR, as for
     * the parser.
     *
     * @param source the source to re-read
     * @param from the first lost line
     * @return the number of non-empty lines at or after {@code from}, and after line 1
     * @throws IOException when the source cannot be re-read
     */
    static long rowsFrom(InputSource source, long from) throws IOException {
        long first = Math.max(from, 2);
        long line = 1;
        long rows = 0;
        boolean content = false;
        boolean afterCr = false;
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = source.open()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (b == '\n' && afterCr) {
                        afterCr = false;
                        continue;
                    }
                    afterCr = b == '\r';
                    if (b == '\n' || b == '\r') {
                        if (content && line >= first) {
                            rows++;
                        }
                        line++;
                        content = false;
                    } else {
                        content = true;
                    }
                }
            }
        }
        return content && line >= first ? rows + 1 : rows;
    }
}
