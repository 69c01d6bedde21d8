package org.cspstat.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick tokenizer finds the same fields as the careful one, on any line it accepts. */
class LineSplitterTest {
    /** Bytes a line is drawn from: commas often, letters, a space, digits, and sometimes a stop. */
    private static final byte[] ALPHABET = ",,aZ 0.-éxyz\"\t\r".getBytes(StandardCharsets.UTF_8);

    @Test
    void plainAgreesWithCarefulOnEveryLineItAccepts() {
        java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
        qt().withExamples(5000)
                .forAll(lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, 300),
                        integers().between(0, 9))
                .checkAssert((picks, stopsAllowed) -> {
                    byte[] line = new byte[picks.size() + 1 + 16];
                    for (int i = 0; i < picks.size(); i++) {
                        byte c = ALPHABET[picks.get(i)];
                        // mostly plain lines; one in ten may hold quotes, tabs or carriage returns
                        line[i] = stopsAllowed == 0 || (c != '"' && c != '\t' && c != '\r') ? c : (byte) 'x';
                    }
                    line[picks.size()] = '\n';
                    int limit = line.length; // room after the line, as in a buffer
                    LineSplitter quick = new LineSplitter();
                    LineSplitter careful = new LineSplitter();
                    int n = quick.plain(line, 0, limit);
                    int m = careful.careful(line, 0, limit);
                    if (n < 0) {
                        return; // careful() reads it
                    }
                    accepted.incrementAndGet();
                    assertTrue(careful.carefulSimple);
                    assertEquals(m, n);
                    assertEquals(careful.end, quick.end);
                    assertEquals(picks.size(), quick.end);
                    int recorded = Math.min(n, LineSplitter.MAX_FIELDS);
                    assertArrayEquals(Arrays.copyOf(careful.starts, recorded), Arrays.copyOf(quick.starts, recorded));
                    assertArrayEquals(Arrays.copyOf(careful.ends, recorded), Arrays.copyOf(quick.ends, recorded));
                });
        assertTrue(accepted.get() > 2000, "lines the quick tokenizer took: " + accepted.get());
    }

    @Test
    void moreFieldsThanAreRecordedAreStillCounted() {
        // only the first MAX_FIELDS are recorded; the count tells the reader the line is not a police.uk row
        byte[] line = (",".repeat(LineSplitter.MAX_FIELDS) + "\n" + "x".repeat(16)).getBytes(StandardCharsets.UTF_8);
        assertEquals(LineSplitter.MAX_FIELDS + 1, new LineSplitter().plain(line, 0, line.length));
        assertEquals(LineSplitter.MAX_FIELDS + 1, new LineSplitter().careful(line, 0, line.length));
    }

    @Test
    void aTabOrALoneCarriageReturnIsLeftToCareful() {
        for (String s : List.of("a,b\tc,d\n", "a,b\rc,d\n", "a,\"b\",c\n")) {
            byte[] line = (s + "x".repeat(16)).getBytes(StandardCharsets.UTF_8);
            assertEquals(-1, new LineSplitter().plain(line, 0, line.length), s);
        }
    }
}
