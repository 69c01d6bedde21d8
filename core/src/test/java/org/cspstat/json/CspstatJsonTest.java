package org.cspstat.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cspstat.hotspot.Displacement;
import org.junit.jupiter.api.Test;

/**
 * cspstat's JSON conventions on top of Jackson: numbers at full precision and without a fraction
 * when whole, NaN and infinities as null, and strings escaped so the text is safe inside an HTML
 * page (no raw control character, {@code <}, {@code >}, {@code &}, U+2028 or U+2029).
 */
class CspstatJsonTest {
    /** A plain mapper, with none of cspstat's configuration, to read back what was written. */
    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Test
    void wholeNumbersHaveNoFractionOthersKeepFullPrecisionAndNonFiniteAreNull() {
        List<Double> values = Arrays.asList(-3.0, 2.5, 0.1 + 0.2, 1e15, 1e-7, -0.0, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, null);
        assertEquals("[-3,2.5,0.30000000000000004,1.0E15,1.0E-7,0,null,null,null,null]", CspstatJson.write(values));
    }

    @Test
    void aPlainRecordIsItsComponentsInOrderByTheSameNumberRule() {
        Displacement w = new Displacement(-10, 0, -10, Math.sqrt(70), 0.9, -23.76, 3.76, Double.NaN);
        assertEquals("{\"local\":-10,\"displacement\":0,\"estimate\":-10,\"standardError\":" + Math.sqrt(70)
                + ",\"confidence\":0.9,\"lower\":-23.76,\"upper\":3.76,\"z\":null}", CspstatJson.write(w));
    }

    @Test
    void escapesQuotesBackslashesControlCharactersMarkupAndLineSeparators() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\\u003cscript\\u003e\\u0026\\u2028\\u2029\\u001f\u00e9\"",
                CspstatJson.write("a\"b\\c\nd\u0001<script>&\u2028\u2029\u001f\u00e9"));
        assertEquals("{\"\\u003c/k\\u003e\":\"v\"}", CspstatJson.write(Map.of("</k>", "v")));
    }

    @Test
    void anEmbeddersMapperWritesTheSame() throws JsonProcessingException {
        Displacement w = new Displacement(1, 2, 3, 4, 0.9, 5, 6, 7.5);
        assertEquals(CspstatJson.write(w), CspstatJson.mapper().writeValueAsString(w));
        assertEquals(CspstatJson.write(w), new ObjectMapper().registerModule(CspstatJson.module()).writeValueAsString(w));
    }

    @Test
    void anyTextSurvivesAWriteAndAParseByAPlainMapper() {
        qt().withExamples(2000).forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40))
                .checkAssert(text -> {
                    String json = CspstatJson.write(Map.of(text, text));
                    assertFalse(json.chars().anyMatch(c -> c < 0x20 || c == '<' || c == '>' || c == '&'
                            || c == 0x2028 || c == 0x2029), json);
                    if (isWellFormed(text)) {
                        String decoded = new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                        JsonNode parsed;
                        try {
                            parsed = PLAIN.readTree(decoded);
                        } catch (JsonProcessingException e) {
                            throw new AssertionError("not valid JSON: " + json, e);
                        }
                        assertEquals(text, parsed.get(text).asText());
                    }
                });
    }

    /** Lone surrogates cannot be written as UTF-8 at all; every other text must round-trip. */
    private static boolean isWellFormed(String s) {
        return s.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE);
    }
}
