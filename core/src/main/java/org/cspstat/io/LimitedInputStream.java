package org.cspstat.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Stops a decompressing stream that expands past a limit: the zip-bomb guard. The limit is a fixed
 * number of bytes, and optionally also a ratio to the compressed bytes consumed so far (for
 * entries streamed from a zip inside a zip, whose compressed size is not known in advance).
 */
class LimitedInputStream extends FilterInputStream {
    /** Slack allowed before the ratio applies, so small entries never trip it. */
    static final long SLACK = 1 << 20;

    private final long limit;
    private final String what;
    private final double ratio;
    private final LongSupplier compressed;
    private final String ratioWhat;
    private long count;

    LimitedInputStream(InputStream in, long limit, String what) {
        this(in, limit, what, 0, null, null);
    }

    /**
     * @param ratio the most the output may exceed {@code compressed} by, times, beyond {@link #SLACK}
     * @param compressed the compressed bytes consumed so far
     * @param ratioWhat the message when the ratio is passed
     */
    LimitedInputStream(InputStream in, long limit, String what, double ratio, LongSupplier compressed,
            String ratioWhat) {
        super(in);
        this.limit = limit;
        this.what = what;
        this.ratio = ratio;
        this.compressed = compressed;
        this.ratioWhat = ratioWhat;
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
        if (compressed != null && count > SLACK && count > ratio * compressed.getAsLong() + SLACK) {
            throw new LimitExceededException(ratioWhat);
        }
    }

    /** Thrown when a stream passes its limit; the message says which limit. */
    static final class LimitExceededException extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceededException(String message) {
            super(message);
        }
    }

    /** Counts the bytes read through it: the compressed side of a streamed zip. */
    static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += Math.max(skipped, 0);
            return skipped;
        }

        long count() {
            return count;
        }
    }
}
