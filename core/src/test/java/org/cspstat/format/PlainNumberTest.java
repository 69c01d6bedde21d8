package org.cspstat.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;

/** {@link TableFormat#plainNumber} prints a double exactly as a Tablesaw column does. */
class PlainNumberTest {

    private static String tablesaw(double v) {
        DoubleColumn c = DoubleColumn.create("x");
        if (Double.isFinite(v)) {
            c.append(v);
        } else {
            c.appendMissing();
        }
        return c.isMissing(0) ? "" : c.getString(0);
    }

    @Test
    void theEdges() {
        for (double v : new double[] {0.0, -0.0, 1, 2.0, -2.0, 100, 1e7, 1e21, 1e22, 1e-3, 1e-5, 1e-300, Double.MIN_VALUE,
            Double.MAX_VALUE, 123456789.123, -3.5, 0.1, 2.5e-8, 1234567.0, 0.30000000000000004, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertEquals(tablesaw(v), TableFormat.plainNumber(v), Double.toString(v));
        }
    }

    @Test
    void anyDoubleOfAnyScale() {
        qt().withExamples(20000).forAll(doubles().between(-1, 1), integers().between(-320, 300))
                .checkAssert((mantissa, exponent) -> {
                    double v = mantissa * Math.pow(10, exponent);
                    assertEquals(tablesaw(v), TableFormat.plainNumber(v), Double.toString(v));
                });
    }
}
