package org.cspstat.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link TableFormat#plainNumber} prints a double exactly as Tablesaw's double columns did, so CSV
 * files did not change when cspstat replaced Tablesaw with its own {@link Table}. The reference is
 * Tablesaw 0.44's default double formatter ({@code NumberColumnFormatter.floatingPointDefault()}):
 * a {@link DecimalFormat} with pattern {@code 0}, up to 340 integer and fraction digits, no
 * grouping; a value that is not finite is missing, printed empty.
 */
class PlainNumberTest {

    private static String tablesaw(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMaximumFractionDigits(340);
        f.setMaximumIntegerDigits(340);
        f.setGroupingUsed(false);
        return f.format(v);
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
