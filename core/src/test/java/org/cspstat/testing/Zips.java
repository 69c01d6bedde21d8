package org.cspstat.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zip archives made in memory for tests, shared by core's and the CLI's tests. */
public final class Zips {
    private Zips() {
    }

    /**
     * A zip of name/content pairs.
     *
     * @param stored true to store the entries rather than deflate them
     * @param entries names (String) and contents (byte[]), alternating
     * @return the archive's bytes
     */
    public static byte[] of(boolean stored, Object... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            if (stored) {
                z.setLevel(0);
            }
            for (int i = 0; i < entries.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) entries[i]));
                z.write((byte[]) entries[i + 1]);
            }
        }
        return out.toByteArray();
    }

    /**
     * A zip with one stored (uncompressed) entry, so a changed byte changes only the data, which
     * its CRC-32 catches, not the stream.
     *
     * @param name the entry's name
     * @param content the entry's bytes
     * @return the archive's bytes
     */
    public static byte[] stored(String name, byte[] content) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(content);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        entry.setCrc(crc.getValue());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(entry);
            z.write(content);
        }
        return out.toByteArray();
    }
}
