package org.cspstat.error;

import java.util.Objects;

/**
 * Bad input data: it names the source, the 1-based line (the header is line 1) and a reason a
 * person can act on.
 *
 * <p>{@link #getMessage()} reads {@code file:line: reason}, for example
 * {@code 2017-06-herts-street.csv:5: column 'Month': expected YYYY-MM but was '2017-13'}.
 * When no line applies (a missing file, an empty file) the line is 0 and the message reads
 * {@code file: reason}.
 */
public class DataException extends CspstatException {
    private static final long serialVersionUID = 1L;

    /** @serial the file name or label of the input */
    private final String source;
    /** @serial the 1-based line, or 0 */
    private final long line;
    /** @serial the reason without source and line */
    private final String reason;

    /**
     * Creates an exception for a line of a source.
     *
     * @param source the file name or other label of the input, never null
     * @param line the 1-based line number, or 0 when no line applies
     * @param reason what is wrong, in words a person can act on
     */
    public DataException(String source, long line, String reason) {
        this(source, line, reason, null);
    }

    /**
     * Creates an exception for a line of a source, keeping its cause for {@code --verbose}.
     *
     * @param source the file name or other label of the input, never null
     * @param line the 1-based line number, or 0 when no line applies
     * @param reason what is wrong
     * @param cause the underlying exception, may be null
     */
    public DataException(String source, long line, String reason, Throwable cause) {
        super(format(source, line, reason), cause);
        this.source = Objects.requireNonNull(source, "source must not be null");
        this.line = line;
        this.reason = Objects.requireNonNull(reason, "reason must not be null");
    }

    /**
     * Creates an exception for a whole source (no line).
     *
     * @param source the file name or other label of the input
     * @param reason what is wrong
     * @return the exception, with line 0
     */
    public static DataException of(String source, String reason) {
        return new DataException(source, 0, reason);
    }

    private static String format(String source, long line, String reason) {
        return line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason;
    }

    /** @return the file name or label of the input */
    public String source() {
        return source;
    }

    /** @return the 1-based line, or 0 when the problem is not on one line */
    public long line() {
        return line;
    }

    /** @return the reason without the source and line */
    public String reason() {
        return reason;
    }
}
