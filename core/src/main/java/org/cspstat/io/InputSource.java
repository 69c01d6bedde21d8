package org.cspstat.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * One CSV stream to read: a file, an entry of a zip, or an entry of a zip inside a zip.
 * Nothing is ever extracted to disk; {@link #open()} streams the bytes.
 */
public interface InputSource {
    /** @return the name used in messages, such as {@code 2021-01/2021-01-herts-street.csv} */
    String name();

    /** @return the data path this source was found under, for gap detection per source */
    String root();

    /**
     * @return a new stream of the source's bytes; the caller closes it
     * @throws IOException when it cannot be opened
     */
    InputStream open() throws IOException;

    /** @return the size in bytes if known, else -1; used only for progress */
    default long size() {
        return -1;
    }
}
