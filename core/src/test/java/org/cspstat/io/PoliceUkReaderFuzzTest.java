package org.cspstat.io;

import org.cspstat.error.DataException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the police.uk street-file reader through {@link Loader#load}: any bytes must give either
 * a clean {@link DataException} or an account where every row read is accepted, outside the area
 * or rejected. Seeds: {@code PoliceUkReaderFuzzTestInputs/anyBytes/}; they run as ordinary tests.
 * A campaign: see docs/reliability.md.
 */
class PoliceUkReaderFuzzTest {
    private static final ReadLimits SMALL = new ReadLimits(200, 200, 1L << 20, 2);

    @FuzzTest(maxDuration = "10s")
    void anyBytes(byte[] bytes) {
        FuzzSupport.loadAndReconcile(LoadOptions.builder()
                .data(FuzzSupport.scratch("2021-01-fuzz-street.csv", bytes))
                .selection(AreaSelection.namePrefix("Stevenage"))
                .dedupe(bytes.length % 2 == 0)
                .positions(true)
                .limits(SMALL)
                .threads(1)
                .build());
    }
}
