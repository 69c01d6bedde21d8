package org.cspstat.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesNestedObjectsAndArraysWithCommas() {
        String json = new Json().beginObject()
                .name("a").value(1)
                .name("b").beginArray().value("x").value(2.5).value(true).nullValue().endArray()
                .name("c").beginObject().endObject()
                .endObject().toString();
        assertEquals("{\"a\":1,\"b\":[\"x\",2.5,true,null],\"c\":{}}", json);
    }

    @Test
    void escapesQuotesBackslashesControlCharactersAndMarkup() {
        String json = new Json().value("a\"b\\c\nd\u0001<script>&").toString();
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\\u003cscript\\u003e\\u0026\"", json);
    }

    @Test
    void writesNonFiniteNumbersAsNull() {
        String json = new Json().beginArray()
                .value(Double.NaN).value(Double.POSITIVE_INFINITY).value(-3.0).endArray().toString();
        assertEquals("[null,null,-3]", json);
    }
}
