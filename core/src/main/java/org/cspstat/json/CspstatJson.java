package org.cspstat.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import org.cspstat.hotspot.HotspotResult;

/**
 * The JSON of cspstat's results, by Jackson: the same text the command line writes with
 * {@code --format json}, in one call.
 *
 * <pre>{@code
 * String json = CspstatJson.write(Comparison.of(dataset).byCategory(current, previous));
 * JsonNode tree = CspstatJson.mapper().valueToTree(result);
 * }</pre>
 *
 * <p>Every result of the analyses serialises: {@code ComparisonResult}, {@code TrendAnalysis} (and a
 * list of them), {@code PriorityList}, {@code HotspotResult}, {@code HotspotReport},
 * {@code Displacement}, {@code Concentration}, {@code OutcomeAnalysis}, {@code HarmTable},
 * {@code RepeatLocations}, {@code SourceBreakdown}, {@code ActionPlan} and {@code DataQuality}; the
 * members of each are documented in the README ("JSON output"). Results whose JSON is their
 * record's components ({@code DataQuality}, {@code Displacement}, {@code Concentration}) are
 * serialised by Jackson's own record support; the others by the small serializers of this package
 * (derived members such as a comparison's {@code method} sentence or a row's {@code verdict} words).
 * Numbers keep full precision (a whole number without a fraction), NaN and infinities are
 * {@code null}, months are {@code YYYY-MM}, and {@code <}, {@code >}, {@code &}, U+2028 and U+2029
 * are escaped as <code>&#92;u003c</code>-style escapes, so the text is safe inside an HTML page.
 *
 * <p>The result records themselves carry no Jackson annotation: all of this is configuration
 * ({@link #module()}), which an embedder can register in a mapper of its own.
 */
public final class CspstatJson {
    private static final ObjectMapper MAPPER = newMapper();

    private CspstatJson() {
    }

    /** @return a new mapper configured for cspstat's results; the caller may change it freely */
    public static ObjectMapper mapper() {
        return newMapper();
    }

    /**
     * @return the Jackson module of cspstat's serializers, for a mapper of the embedder's own (the
     *     string escapes and number rule of {@link #mapper()} come with its factory, not the module)
     */
    public static Module module() {
        SimpleModule m = new SimpleModule("cspstat");
        m.addSerializer(new ComparisonJson());
        m.addSerializer(new TrendJson());
        m.addSerializer(new PriorityJson());
        m.addSerializer(new HotspotJson.Map());
        m.addSerializer(new HotspotJson.Report());
        m.addSerializer(new OutcomeJson());
        m.addSerializer(new TableJson.Harm());
        m.addSerializer(new TableJson.Locations());
        m.addSerializer(new TableJson.Sources());
        m.addSerializer(new TableJson.Plan());
        m.addSerializer(new TimeOfDayJson());
        // the plain records (DataQuality, Displacement, Concentration): their components, with
        // cspstat's number rule and months as YYYY-MM
        DoubleSerializer doubles = new DoubleSerializer();
        m.addSerializer(Double.class, doubles);
        m.addSerializer(double.class, doubles);
        m.addSerializer(YearMonth.class, ToStringSerializer.instance);
        m.addKeySerializer(YearMonth.class, new YearMonthKey());
        return m;
    }

    private static ObjectMapper newMapper() {
        JsonFactory factory = new JsonFactoryBuilder()
                .characterEscapes(new Escapes())
                .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE) // lower-case hex (\\u001f), as cspstat always wrote
                .disable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER) // Double.toString: the shortest exact text
                .build();
        return JsonMapper.builder(factory).addModule(module())
                // public accessors of public records are called as they are, without setAccessible, so
                // the plain records serialise on the module path from an exported (not opened) package
                .disable(MapperFeature.OVERRIDE_PUBLIC_ACCESS_MODIFIERS)
                .build();
    }

    /**
     * @param result a result of cspstat (or a list or map of them)
     * @return its JSON text, as the command line writes it
     */
    public static String write(Object result) {
        try {
            return MAPPER.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param map a hotspot map
     * @return the map as a GeoJSON FeatureCollection of cell squares in WGS84 (corners converted
     *     back from the British National Grid), each with the same properties as a cell of its JSON,
     *     for QGIS and web maps
     */
    public static String geoJson(HotspotResult map) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            HotspotJson.geoJson(map, new JsonOut(g));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Doubles by cspstat's number rule (see {@link JsonOut}). */
    private static final class DoubleSerializer extends StdSerializer<Double> {
        private static final long serialVersionUID = 1L;

        DoubleSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            JsonOut.number(gen, value);
        }
    }

    /** Months as map keys, {@code YYYY-MM}. */
    private static final class YearMonthKey extends StdSerializer<YearMonth> {
        private static final long serialVersionUID = 1L;

        YearMonthKey() {
            super(YearMonth.class);
        }

        @Override
        public void serialize(YearMonth value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeFieldName(value.toString());
        }
    }
}
