package org.cspstat.io;

import static java.util.Objects.requireNonNull;

/**
 * One row that was not counted, and why.
 *
 * @param file the file it came from (inside a zip: {@code archive.zip!entry.csv})
 * @param line the 1-based line number; the header is line 1
 * @param reason what was wrong, in words a person can act on
 */
public record Reject(String file, long line, String reason) {
    // validates the components. 
    public Reject {
        requireNonNull(file, "file must not be null");
        requireNonNull(reason, "reason must not be null");
    }

    /** @return {@code file:line: reason} */
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
