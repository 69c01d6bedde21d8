package org.cspstat.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * GeoJSON for boundaries and named places: the text is read by Jackson's streaming parser
 * (jackson-core) into plain maps and lists, and Polygon and MultiPolygon geometries become JTS
 * geometries. Other geometry types are read only far enough to name them, for the caller's "expected
 * a Polygon or MultiPolygon" message. Unlike JTS's own GeoJSON reader it accepts the
 * {@code urn:ogc:def:crs:OGC:1.3:CRS84} {@code crs} member that ONS files carry (it is ignored:
 * coordinates are longitude, latitude).
 */
final class GeoJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private GeoJson() {
    }

    /** A JSON value that is not valid JSON, or not a geometry this reader can build. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Reads one JSON value.
     *
     * @param reader the text
     * @return a {@code Map<String, Object>} for an object, a {@code List<Object>} for an array, a
     *     {@code String}, {@code Long}, {@code BigInteger}, {@code Double}, {@code Boolean} or null
     * @throws Invalid when the text is not one valid JSON value (Jackson's limits on nesting depth
     *     and number length apply)
     * @throws IOException when the reader fails
     */
    static Object parse(Reader reader) throws Invalid, IOException {
        try (JsonParser p = FACTORY.createParser(reader)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new Invalid("no JSON value", null);
            }
            Object value = value(p);
            if (p.nextToken() != null) {
                throw new Invalid("more than one JSON value (line " + p.currentLocation().getLineNr() + ")", null);
            }
            return value;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new Invalid(e.getOriginalMessage() + " (line " + (e.getLocation() == null ? "?"
                    : e.getLocation().getLineNr()) + ")", e);
        }
    }

    private static Object value(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    map.put(name, value(p)); // a repeated name keeps its last value
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p));
                }
                return list;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue() : p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IllegalStateException("unexpected " + p.currentToken());
        }
    }

    /**
     * Builds a geometry from a GeoJSON geometry object (or a Feature, for its geometry).
     *
     * @param json the parsed object
     * @return a Polygon or MultiPolygon; for the other GeoJSON types an empty geometry of that type,
     *     so the caller can say what it was
     * @throws Invalid when it is not a geometry object or its coordinates are malformed
     */
    static Geometry geometry(Object json) throws Invalid {
        if (!(json instanceof Map<?, ?> map)) {
            throw new Invalid("a geometry is a JSON object", null);
        }
        Object type = map.get("type");
        if ("Feature".equals(type)) {
            return geometry(map.get("geometry"));
        }
        try {
            if ("Polygon".equals(type)) {
                return polygon(map.get("coordinates"));
            }
            if ("MultiPolygon".equals(type)) {
                List<?> polygons = list(map.get("coordinates"), "MultiPolygon coordinates");
                Polygon[] out = new Polygon[polygons.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = polygon(polygons.get(i));
                }
                return GEOMETRY.createMultiPolygon(out);
            }
        } catch (IllegalArgumentException e) {
            // JTS: a ring that is not closed or has fewer than four points
            throw new Invalid(e.getMessage(), e);
        }
        if (type instanceof String name) {
            switch (name) {
                case "Point": return GEOMETRY.createPoint();
                case "MultiPoint": return GEOMETRY.createMultiPoint();
                case "LineString": return GEOMETRY.createLineString();
                case "MultiLineString": return GEOMETRY.createMultiLineString();
                case "GeometryCollection": case "FeatureCollection": return GEOMETRY.createGeometryCollection();
                default: break;
            }
        }
        throw new Invalid("unknown geometry type '" + type + "'", null);
    }

    private static Polygon polygon(Object coordinates) throws Invalid {
        List<?> rings = list(coordinates, "Polygon coordinates");
        if (rings.isEmpty()) {
            return GEOMETRY.createPolygon();
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(Object json) throws Invalid {
        List<?> positions = list(json, "a ring");
        Coordinate[] out = new Coordinate[positions.size()];
        for (int i = 0; i < out.length; i++) {
            List<?> position = list(positions.get(i), "a position");
            if (position.size() < 2 || !(position.get(0) instanceof Number x) || !(position.get(1) instanceof Number y)) {
                throw new Invalid("a position is [longitude, latitude]: " + position, null);
            }
            out[i] = new Coordinate(x.doubleValue(), y.doubleValue());
        }
        return GEOMETRY.createLinearRing(out);
    }

    private static List<?> list(Object json, String what) throws Invalid {
        if (!(json instanceof List<?> list)) {
            throw new Invalid(what + " must be an array", null);
        }
        return list;
    }
}
