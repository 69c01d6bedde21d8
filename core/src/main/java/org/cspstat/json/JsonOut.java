package org.cspstat.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * A thin fluent view of Jackson's {@link JsonGenerator} for the serializers of this package, with
 * cspstat's number rule in one place: a finite whole number below 10^15 is written without a
 * fraction ({@code 12}, never {@code 12.0}), any other finite number at full precision
 * ({@link Double#toString}), and NaN or an infinity as {@code null}. The generator checks the
 * structure (a value needs a name inside an object, ends must match).
 */
final class JsonOut {
    private final JsonGenerator g;

    JsonOut(JsonGenerator g) {
        this.g = g;
    }

    /**
     * Writes a number by cspstat's rule (see the class comment).
     *
     * @param g the generator
     * @param number the number
     * @throws IOException when the generator cannot write
     */
    static void number(JsonGenerator g, double number) throws IOException {
        if (!Double.isFinite(number)) {
            g.writeNull();
        } else if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            g.writeNumber((long) number);
        } else {
            g.writeNumber(number);
        }
    }

    JsonOut beginObject() throws IOException {
        g.writeStartObject();
        return this;
    }

    JsonOut endObject() throws IOException {
        g.writeEndObject();
        return this;
    }

    JsonOut beginArray() throws IOException {
        g.writeStartArray();
        return this;
    }

    JsonOut endArray() throws IOException {
        g.writeEndArray();
        return this;
    }

    JsonOut name(String name) throws IOException {
        g.writeFieldName(name);
        return this;
    }

    /** Writes a string, or {@code null} for null. */
    JsonOut value(String text) throws IOException {
        g.writeString(text);
        return this;
    }

    JsonOut value(double number) throws IOException {
        number(g, number);
        return this;
    }

    JsonOut value(long number) throws IOException {
        g.writeNumber(number);
        return this;
    }

    JsonOut value(boolean flag) throws IOException {
        g.writeBoolean(flag);
        return this;
    }

    JsonOut nullValue() throws IOException {
        g.writeNull();
        return this;
    }

    /** @return the generator, for a nested value written by the mapper's own serializers */
    JsonGenerator generator() {
        return g;
    }
}
