package org.cspstat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The readers' area cache stays linear on keys that differ only in the middle, as LSOA codes and
 * names can (an earlier hash looked at the length and the first and last eight bytes alone, and
 * 40,000 such keys probed one long run of slots). Limits are generous: the point is linear
 * against quadratic, not speed.
 */
class ByteKeyMapHostileTest {
    static final int KEYS = 40_000;

    static byte[] key(int i) {
        // same length, same first and last eight bytes in both parts; only the middle differs
        return String.format("E0100000%05d00000000,Anywhere %05d placename", i, i).getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void fortyThousandKeysDifferingInTheMiddleGoInAndComeOutFast() {
        byte[][] keys = new byte[KEYS][];
        for (int i = 0; i < KEYS; i++) {
            keys[i] = key(i);
        }
        int comma = indexOf(keys[0], (byte) ',');
        // about 0.1 s here when linear; the hash of length and ends alone took minutes
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            ByteKeyMap map = new ByteKeyMap();
            for (int i = 0; i < KEYS; i++) {
                assertEquals(ByteKeyMap.ABSENT, map.get(keys[i], 0, comma, comma + 1, keys[i].length));
                map.put(keys[i], 0, comma, comma + 1, keys[i].length, i);
            }
            for (int i = 0; i < KEYS; i++) {
                assertEquals(i, map.get(keys[i], 0, comma, comma + 1, keys[i].length));
            }
        });
    }

    @Test
    void aFileWithFortyThousandSuchAreasLoadsInLinearTime() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("hostile");
        java.nio.file.Path file = dir.resolve("2024-01-hostile-street.csv");
        StringBuilder csv = new StringBuilder(Fixtures.HEADER).append('\n');
        for (int i = 0; i < KEYS; i++) {
            csv.append(String.format(",2024-01,Force,Force,-0.2,51.9,On or near X,E0100000%05d000,"
                    + "Anywhere %05d placename,Burglary,,%n", i, i));
        }
        java.nio.file.Files.writeString(file, csv, StandardCharsets.UTF_8);
        try {
            Dataset d = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> Loader.load(LoadOptions.builder().data(file).build()));
            assertEquals(KEYS, d.quality().accepted());
            assertEquals(KEYS, d.counts().areas().size());
        } finally {
            java.nio.file.Files.delete(file);
            java.nio.file.Files.delete(dir);
        }
    }

    private static int indexOf(byte[] b, byte c) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
