package org.cspstat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.List;

/**
 * Differential fuzzing of the fast path: for any bytes, reading a police.uk file with the
 * byte-level {@link FastReader} (whole, and split in two) gives the same account, counts or error
 * message as the plain FastCSV path, with and without areas kept, with an area selection and with
 * a small field limit. Seeds: {@code FastPathFuzzTestInputs/sameAsThePlainPath/}; they run as
 * ordinary tests. A campaign: see docs/reliability.md.
 */
class FastPathFuzzTest {
    private static final ReadLimits SMALL = new ReadLimits(40, 200, 1L << 20, 2);
    private static final List<LoadOptions> OPTIONS = List.of(
            LoadOptions.builder().build(),
            LoadOptions.builder().areas(false).build(),
            LoadOptions.builder().selection(AreaSelection.namePrefix("Stevenage")).areas(false).build(),
            LoadOptions.builder().selection(AreaSelection.namePrefix("Stevenage")).positions(true).limits(SMALL).build());

    @FuzzTest(maxDuration = "10s")
    void sameAsThePlainPath(byte[] bytes) {
        Path file = FuzzSupport.scratch("2021-01-diff-street.csv", bytes);
        for (LoadOptions o : OPTIONS) {
            SplitFileTest.Result plain = SplitFileTest.plain(file, o);
            for (int pieces : new int[] {1, 2}) {
                SplitFileTest.Result fast = SplitFileTest.fastIfTaken(file, o, pieces);
                if (fast != null) {
                    assertEquals(plain, fast, "pieces " + pieces + ", " + o);
                }
            }
        }
    }
}
