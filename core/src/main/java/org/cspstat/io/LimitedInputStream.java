package org.cspstat.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops a decompressing stream that expands past a limit: the zip-bomb guard. */
class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private final String what;
    private long count;

    LimitedInputStream(InputStream in, long limit, String what) {
        super(in);
        this.limit = limit;
        this.what = what;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            check(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            check(n);
        }
        return n;
    }

    private void check(int n) throws LimitExceededException {
        count += n;
        if (count > limit) {
            throw new LimitExceededException(what);
        }
    }

    /** Thrown when a stream passes its limit; the message says which limit. */
    static final class LimitExceededException extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceededException(String message) {
            super(message);
        }
    }
}
