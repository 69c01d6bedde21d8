package org.cspstat.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @Test
    void refusesCallsThatWouldMakeInvalidJson() {
        // {"x"}: a value in an object without a name
        assertThrows(IllegalStateException.class, () -> new Json().beginObject().value("x"));
        // ["k":1]: a name in an array
        assertThrows(IllegalStateException.class, () -> new Json().beginArray().name("k"));
        // {"a":}: a name without a value
        assertThrows(IllegalStateException.class, () -> new Json().beginObject().name("a").endObject());
        // {"a":"b":1}: two names in a row
        assertThrows(IllegalStateException.class, () -> new Json().beginObject().name("a").name("b"));
        // [}: mismatched ends, and an end with nothing open
        assertThrows(IllegalStateException.class, () -> new Json().beginArray().endObject());
        assertThrows(IllegalStateException.class, () -> new Json().endArray());
        // 1 2: two top-level values
        assertThrows(IllegalStateException.class, () -> new Json().value(1).value(2));
    }
}
