package org.cspstat.trend;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearEndProjectionPropertiesTest {

    /** Found by this property: C = 0, B = 1, R = 80 gave projected 0 but low 1 before widening. */
    @Test
    void theIntervalStartsAtTheYearToDateAndContainsTheProjection() {
        qt().withFixedSeed(20211231L).withExamples(1000).forAll(integers().between(3, 11), integers().between(0, 60),
                integers().between(1, 60), integers().between(0, 300)).checkAssert((k, c, b, r) -> {
                    List<Long> ytd = new ArrayList<>(Collections.nCopies(k, 0L));
                    ytd.set(0, (long) c);
                    List<Long> lastYear = new ArrayList<>(Collections.nCopies(12, 0L));
                    lastYear.set(0, (long) b);
                    lastYear.set(k, (long) r);
                    YearEndProjection p = YearEndProjection.of(ytd, lastYear);
                    assertTrue(c <= p.low() && p.low() <= p.projected() && p.projected() <= p.high(),
                            () -> "C=" + c + " B=" + b + " R=" + r + ": " + p);
                });
    }
}
