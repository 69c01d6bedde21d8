package org.cspstat.geo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cspstat.error.DataException;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads boundary polygons (wards, LSOAs, MSOAs) from a GeoJSON FeatureCollection in WGS84
 * (CRS84), such as the ONS files {@code ward.geojson} (properties {@code WD25CD}/{@code WD25NM})
 * and {@code lsoa11.geojson} ({@code LSOA11CD}/{@code LSOA11NM}).
 *
 * <p>Without named properties, the code and name are found automatically: among the property
 * pairs {@code xxCD}/{@code xxNM} present on the first feature, the pair whose code takes the
 * most distinct values wins (so {@code WD25CD} beats {@code LAD25CD}, which is the same for every
 * ward); ties go to the alphabetically first code property.
 *
 * <p>JTS's own GeoJSON reader rejects the {@code urn:ogc:def:crs:OGC:1.3:CRS84} {@code crs}
 * member that ONS files carry, so the file is parsed with Jackson's streaming parser and each
 * feature's Polygon or MultiPolygon is built with JTS ({@link GeoJson}).
 */
public final class Polygons {
    private Polygons() {
    }

    /**
     * Reads a FeatureCollection, finding the code and name properties automatically.
     *
     * @param file the GeoJSON file
     * @return the indexed regions, in file order
     * @throws DataException when the file cannot be read, is not a FeatureCollection of
     *     polygons in degrees, or has no {@code xxCD}/{@code xxNM} property pair
     */
    public static PolygonIndex read(Path file) {
        return read(file, null, null);
    }

    /**
     * Reads a FeatureCollection with the given code and name properties.
     *
     * @param file the GeoJSON file
     * @param codeProperty the property holding each area's code, or null to detect it
     * @param nameProperty the property holding each area's name, or null to detect it (with
     *     a null code property) or to use the code as the name
     * @return the indexed regions, in file order
     * @throws DataException when the file cannot be read, is not a FeatureCollection of
     *     polygons in degrees, or a feature lacks a named property
     */
    public static PolygonIndex read(Path file, String codeProperty, String nameProperty) {
        String source = file.getFileName().toString();
        refuseSpecialFile(file, source);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(source, reader, codeProperty, nameProperty);
        } catch (IOException e) {
            throw new DataException(source, 0, e instanceof java.nio.charset.CharacterCodingException
                    ? "not UTF-8 text; save the %s as UTF-8".formatted("boundary file") : "cannot read file: " + e.getMessage(), e);
        }
    }

    /**
     * Parses a FeatureCollection from a reader.
     *
     * @param source the name used in error messages
     * @param reader the GeoJSON text
     * @param codeProperty the code property, or null to detect it
     * @param nameProperty the name property, or null (see {@link #read(Path, String, String)})
     * @return the indexed regions, in input order
     * @throws IOException when the reader fails
     * @throws DataException when the content is not a usable FeatureCollection
     */
    public static PolygonIndex parse(String source, Reader reader, String codeProperty,
            String nameProperty) throws IOException {
        List<Map<?, ?>> features = features(source, reader);
        String code = codeProperty;
        String name = nameProperty;
        if (code == null) {
            String[] pair = detectPair(source, features);
            code = pair[0];
            name = pair[1];
        } else if (name == null) {
            name = code;
        }
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            Map<?, ?> feature = features.get(i);
            Map<?, ?> properties = properties(feature);
            String codeValue = property(source, i, properties, code);
            String nameValue = property(source, i, properties, name);
            regions.add(new Region(codeValue, nameValue, geometry(source, i, feature)));
        }
        return PolygonIndex.of(regions);
    }

    /**
     * Reads the polygons of a GeoJSON FeatureCollection in WGS84 whatever their properties: the
     * outline of a study area, whose union is the area.
     *
     * @param file the GeoJSON file
     * @return every feature's polygon, in file order
     * @throws DataException when the file cannot be read or is not a FeatureCollection of
     *     polygons in degrees
     */
    public static List<Geometry> readShapes(Path file) {
        String source = file.getFileName().toString();
        refuseSpecialFile(file, source);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<Geometry> out = new ArrayList<>();
            List<Map<?, ?>> features = features(source, reader);
            for (int i = 0; i < features.size(); i++) {
                out.add(geometry(source, i, features.get(i)));
            }
            return out;
        } catch (IOException e) {
            throw new DataException(source, 0, e instanceof java.nio.charset.CharacterCodingException
                    ? "not UTF-8 text; save the %s as UTF-8".formatted("boundary file") : "cannot read file: " + e.getMessage(), e);
        }
    }

    private static List<Map<?, ?>> features(String source, Reader reader) throws IOException {
        Object root;
        try {
            root = GeoJson.parse(reader);
        } catch (GeoJson.Invalid e) {
            throw new DataException(source, 0, "not valid JSON: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> map) || !"FeatureCollection".equals(map.get("type"))
                || !(map.get("features") instanceof List<?> list)) {
            throw new DataException(source, 0, "expected a GeoJSON FeatureCollection");
        }
        if (list.isEmpty()) {
            throw new DataException(source, 0, "the FeatureCollection has no features");
        }
        List<Map<?, ?>> features = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> feature)) {
                throw new DataException(source, 0,
                        "feature " + (features.size() + 1) + " is not a JSON object");
            }
            features.add(feature);
        }
        return features;
    }

    private static Map<?, ?> properties(Map<?, ?> feature) {
        return feature.get("properties") instanceof Map<?, ?> p ? p : Map.of();
    }

    private static String[] detectPair(String source, List<Map<?, ?>> features) {
        Set<String> keys = new TreeSet<>();
        for (Object key : properties(features.get(0)).keySet()) {
            keys.add(String.valueOf(key));
        }
        String best = null;
        int bestDistinct = -1;
        for (String key : keys) {
            if (key.endsWith("CD") && keys.contains(key.substring(0, key.length() - 2) + "NM")) {
                Set<Object> values = new HashSet<>();
                features.forEach(f -> values.add(properties(f).get(key)));
                if (values.size() > bestDistinct) {
                    best = key;
                    bestDistinct = values.size();
                }
            }
        }
        if (best == null) {
            throw new DataException(source, 0, "no code/name property pair such as WD25CD/WD25NM;"
                    + " properties are " + String.join(", ", keys));
        }
        return new String[] {best, best.substring(0, best.length() - 2) + "NM"};
    }

    private static String property(String source, int index, Map<?, ?> properties, String key) {
        Object value = properties.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new DataException(source, 0,
                    "feature " + (index + 1) + " has no value for property '" + key + "'");
        }
        return value.toString().trim();
    }

    private static Geometry geometry(String source, int index, Map<?, ?> feature) {
        String where = "feature " + (index + 1) + ": ";
        Object geometry = feature.get("geometry");
        if (geometry == null) {
            throw new DataException(source, 0, where + "has no geometry");
        }
        Geometry g;
        try {
            g = GeoJson.geometry(geometry);
        } catch (GeoJson.Invalid | RuntimeException e) {
            throw new DataException(source, 0, where + "unreadable geometry: " + e.getMessage(), e);
        }
        if (!(g instanceof org.locationtech.jts.geom.Polygonal)) {
            throw new DataException(source, 0,
                    where + "expected a Polygon or MultiPolygon but was a " + g.getGeometryType());
        }
        Degrees.problem(g).ifPresent(reason -> {
            throw new DataException(source, 0, where + reason);
        });
        return g;
    }

    /** A device or a pipe (/dev/zero) would be read forever: refused, as every configuration file is. */
    private static void refuseSpecialFile(Path file, String source) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new DataException(source, 0, Files.isDirectory(file) ? "is a folder, not a boundary file"
                    : "is not a regular file (a device or a pipe), so it cannot be a boundary file");
        }
    }
}
