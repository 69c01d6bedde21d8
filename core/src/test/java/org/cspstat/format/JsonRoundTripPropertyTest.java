package org.cspstat.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;
import org.junit.jupiter.api.Test;

/**
 * The JSON escaper checked against an independent parser (json-simple): any text, as a name and
 * as a value, written to UTF-8 and parsed back, is the same text, and the output never holds a
 * raw control character or a character that could end an HTML script block.
 */
class JsonRoundTripPropertyTest {
    @Test
    void anyTextSurvivesAWriteAndAnIndependentParse() {
        qt().withExamples(2000).forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40))
                .checkAssert(text -> {
                    String json = new Json().beginObject().name(text).value(text).endObject().toString();
                    assertFalse(json.chars().anyMatch(c -> c < 0x20 || c == '<' || c == '>' || c == 0x2028),
                            json);
                    String decoded = new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                    JSONObject parsed;
                    try {
                        parsed = (JSONObject) new JSONParser().parse(decoded);
                    } catch (ParseException e) {
                        throw new AssertionError("not valid JSON: " + json, e);
                    }
                    if (isWellFormed(text)) {
                        assertEquals(text, parsed.get(text));
                    }
                });
    }

    /** Lone surrogates cannot be written as UTF-8 at all; every other text must round-trip. */
    private static boolean isWellFormed(String s) {
        return s.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE);
    }
}
