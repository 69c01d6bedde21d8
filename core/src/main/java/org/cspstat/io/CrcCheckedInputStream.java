package org.cspstat.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipException;

/**
 * Checks a zip entry's CRC-32 when its stream ends. {@link java.util.zip.ZipFile}'s entry streams
 * do not (only {@link java.util.zip.ZipInputStream} does), so a damaged archive could otherwise be
 * read as plausible but wrong rows.
 */
final class CrcCheckedInputStream extends FilterInputStream {
    private final CRC32 crc = new CRC32();
    private final long expected;
    private boolean checked;

    /**
     * @param in the entry's decompressed bytes
     * @param expected the entry's CRC-32 from the archive, or -1 when unknown (nothing checked)
     */
    CrcCheckedInputStream(InputStream in, long expected) {
        super(in);
        this.expected = expected;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            check();
        } else {
            crc.update(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n < 0) {
            check();
        } else {
            crc.update(buf, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buf = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        int read = read(buf, 0, buf.length);
        return Math.max(read, 0);
    }

    private void check() throws ZipException {
        if (!checked && expected >= 0 && crc.getValue() != expected) {
            checked = true;
            throw new ZipException("the zip entry is damaged (its CRC-32 checksum does not match); "
                    + "download the archive again");
        }
        checked = true;
    }
}
