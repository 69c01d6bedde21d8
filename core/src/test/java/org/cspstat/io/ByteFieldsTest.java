package org.cspstat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte-level field readers agree with the plain path's reading of the same text. */
class ByteFieldsTest {

    @Test
    void printableAsciiIsEveryByteFrom0x21To0x7e() {
        qt().withExamples(20000).forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 70),
                integers().between(0, 3))
                .checkAssert((bytes, mostlyPrintable) -> {
                    byte[] b = new byte[bytes.size() + 3];
                    for (int i = 0; i < bytes.size(); i++) {
                        int v = bytes.get(i);
                        b[i + 3] = (byte) (mostlyPrintable > 0 && v % 64 != 0 ? 0x21 + v % 94 : v);
                    }
                    boolean expected = true;
                    for (int i = 3; i < b.length; i++) {
                        expected &= (b[i] & 0xFF) >= 0x21 && (b[i] & 0xFF) <= 0x7E;
                    }
                    assertEquals(expected, ByteFields.printableAscii(b, 3, b.length), java.util.Arrays.toString(b));
                });
    }

    @Test
    void aSimpleDecimalIsTheDoubleParseDoubleGives() {
        qt().withExamples(20000).forAll(integers().between(0, Integer.MAX_VALUE), integers().between(0, 15),
                integers().between(0, 3))
                .checkAssert((digits, decimals, sign) -> {
                    String whole = Integer.toString(digits);
                    String text = (sign == 0 ? "-" : "") + (decimals == 0 || decimals >= whole.length() ? whole
                            : whole.substring(0, whole.length() - decimals) + "." + whole.substring(whole.length() - decimals));
                    byte[] b = (text + ",").getBytes(StandardCharsets.US_ASCII);
                    assertEquals(Double.parseDouble(text), ByteFields.number(b, 0, b.length - 1), 0.0, text);
                });
        for (String declined : new String[] {"1e5", "+1", ".5", "5.", "-", "1.2.3", "1234567890123456", "0x1", " 1"}) {
            byte[] b = declined.getBytes(StandardCharsets.US_ASCII);
            assertEquals(Double.NaN, ByteFields.number(b, 0, b.length), declined);
        }
    }
}
