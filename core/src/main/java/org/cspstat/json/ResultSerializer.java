package org.cspstat.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A serializer for a result whose documented JSON is not its record's plain components (derived
 * values, renamed or flattened members): it writes the members through {@link JsonOut}.
 *
 * @param <T> the result type
 */
abstract class ResultSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    ResultSerializer(Class<T> type) {
        super(type);
    }

    @Override
    public final void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, new JsonOut(gen));
    }

    /**
     * Writes one value.
     *
     * @param value the value
     * @param j where to write it
     * @throws IOException when the generator cannot write
     */
    abstract void write(T value, JsonOut j) throws IOException;
}
