package org.cspstat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The Crime ID hash is the same from a field's bytes (fast path) as from its String (plain path). */
class LongSetTest {
    @Test
    void theHashOfAsciiBytesEqualsTheHashOfTheirCharactersAtEveryLength() {
        String id = "3213248c757541c6929959150b619ef987ae1c4b43d2ed6af9e1c460f5f754ac-and-some-more";
        for (int n = 0; n <= id.length(); n++) {
            String s = id.substring(0, n);
            byte[] padded = ("xx" + s + "yy").getBytes(StandardCharsets.US_ASCII);
            assertEquals(LongSet.hash(s), LongSet.hashAscii(padded, 2, 2 + n), "length " + n);
        }
    }

    @Test
    void aCharacterOutsideAsciiChangesTheHash() {
        // 'é' (U+00E9) and 'ĩ' (U+0129) share a low byte; the high byte must still count
        assertNotEquals(LongSet.hash("ab\u00e9"), LongSet.hash("ab\u0129"));
        assertNotEquals(LongSet.hash("abc"), LongSet.hash("abd"));
    }
}
