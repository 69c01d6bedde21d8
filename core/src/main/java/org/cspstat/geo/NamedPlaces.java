package org.cspstat.geo;

import static java.util.Objects.requireNonNull;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cspstat.error.DataException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * The places an analyst names in a small CSV file, and the lookup "which places contain this
 * incident".
 *
 * <p>The file is UTF-8 CSV with the header {@code name,kind,value}; lines starting with
 * {@code #} are comments and blank lines are skipped. Each row is one place, with a unique name
 * and one of four kinds:
 * <ul>
 *   <li>{@code wkt}: a WGS84 longitude/latitude {@code POLYGON} or {@code MULTIPOLYGON} in
 *       WKT, quoted because it contains commas:
 *       {@code Town centre,wkt,"POLYGON ((-0.21 51.90, -0.20 51.90, -0.20 51.91, -0.21 51.90))"}</li>
 *   <li>{@code geojson}: a GeoJSON Polygon or MultiPolygon geometry object in WGS84, quoted with
 *       doubled inner quotes:
 *       {@code Park,geojson,"{""type"":""Polygon"",""coordinates"":[[[-0.2,51.9],...]]}"}</li>
 *   <li>{@code circle}: {@code lon lat radius_metres} separated by spaces; the radius is
 *       measured in British National Grid metres: {@code Station,circle,-0.2065 51.9017 300}</li>
 *   <li>{@code lsoas}: LSOA codes separated by spaces; incidents count by their LSOA, so those
 *       without coordinates count too: {@code Bedwell LSOAs,lsoas,E01023750 E01023751}</li>
 * </ul>
 * Polygons and circles contain the points on their boundary. Any problem is reported as a
 * {@link DataException} naming the file and line.
 */
public final class NamedPlaces {
    private static final String HEADER = "name,kind,value";

    private final List<NamedPlace> places;
    private final PolygonIndex polygons;
    private final Map<String, Integer> order = new HashMap<>();

    private NamedPlaces(List<NamedPlace> places) {
        this.places = List.copyOf(requireNonNull(places, "places must not be null"));
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < this.places.size(); i++) {
            NamedPlace place = this.places.get(i);
            order.put(place.name(), i);
            if (place instanceof NamedPlace.PolygonPlace p) {
                regions.add(new Region(p.name(), p.name(), p.geometry()));
            }
        }
        this.polygons = PolygonIndex.of(regions);
    }

    /**
     * Collects places defined in code.
     *
     * @param places the places, with unique names
     * @return the lookup
     * @throws IllegalArgumentException when two places share a name
     */
    public static NamedPlaces of(List<NamedPlace> places) {
        NamedPlaces result = new NamedPlaces(places);
        if (result.order.size() != result.places.size()) {
            throw new IllegalArgumentException("place names must be unique");
        }
        return result;
    }

    /**
     * Reads a named-places file.
     *
     * @param file the CSV file
     * @return the places, in file order
     * @throws DataException when the file cannot be read or a row is invalid
     */
    public static NamedPlaces read(Path file) {
        String source = file.getFileName().toString();
        refuseSpecialFile(file, source);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(source, reader);
        } catch (IOException e) {
            throw new DataException(source, 0, e instanceof java.nio.charset.CharacterCodingException
                    ? "not UTF-8 text; save the %s as UTF-8".formatted("places file") : "cannot read file: " + e.getMessage(), e);
        }
    }

    /**
     * Parses a named-places file from a reader.
     *
     * @param source the file name used in error messages
     * @param reader the CSV text
     * @return the places, in file order
     * @throws DataException when a row is invalid
     */
    public static NamedPlaces parse(String source, Reader reader) {
        CsvReader<CsvRecord> csv = CsvReader.builder()
                .commentStrategy(CommentStrategy.SKIP)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(reader);
        List<NamedPlace> places = new ArrayList<>();
        Map<String, Long> lines = new HashMap<>();
        boolean header = true;
        try {
            for (CsvRecord record : csv) {
                long line = record.getStartingLineNumber();
                if (header) {
                    checkHeader(source, line, record);
                    header = false;
                    continue;
                }
                if (record.getFieldCount() != 3) {
                    throw new DataException(source, line, "expected 3 fields (" + HEADER
                            + ") but found " + record.getFieldCount()
                            + (record.getFieldCount() > 3
                                    ? "; put values that contain commas in double quotes" : ""));
                }
                String name = record.getField(0).trim();
                if (name.isEmpty()) {
                    throw new DataException(source, line, "name is empty");
                }
                Long first = lines.putIfAbsent(name, line);
                if (first != null) {
                    throw new DataException(source, line,
                            "place '" + name + "' is already defined on line " + first);
                }
                places.add(PlaceParser.parse(source, line, name, record.getField(1).trim(),
                        record.getField(2).trim()));
            }
        } catch (CsvParseException | UncheckedIOException e) {
            throw new DataException(source, 0, "cannot read CSV: " + e.getMessage(), e);
        }
        if (header) {
            throw new DataException(source, 0, "the file is empty; expected the header " + HEADER);
        }
        return new NamedPlaces(places);
    }

    private static void checkHeader(String source, long line, CsvRecord record) {
        String text = String.join(",", record.getFields()).trim();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.replace(" ", "").toLowerCase(Locale.ROOT).equals(HEADER)) {
            throw new DataException(source, line,
                    "expected the header " + HEADER + " but was '" + text + "'");
        }
    }

    /**
     * Returns the places in file order.
     *
     * @return the places
     */
    public List<NamedPlace> places() {
        return places;
    }

    /**
     * Returns the names of the places that contain an incident, in file order.
     *
     * @param lon longitude in degrees, or NaN when the incident has no coordinates
     * @param lat latitude in degrees, or NaN when the incident has no coordinates
     * @param lsoa the incident's LSOA code, or null when unknown
     * @return the names; empty when no place contains it
     */
    public List<String> containing(double lon, double lat, String lsoa) {
        Set<Integer> hits = new TreeSet<>();
        boolean located = !Double.isNaN(lon) && !Double.isNaN(lat);
        if (located) {
            polygons.containing(lon, lat).forEach(r -> hits.add(order.get(r.code())));
        }
        for (int i = 0; i < places.size(); i++) {
            NamedPlace place = places.get(i);
            if (!(place instanceof NamedPlace.PolygonPlace) && place.contains(lon, lat, lsoa)) {
                hits.add(i);
            }
        }
        return hits.stream().map(i -> places.get(i).name()).toList();
    }

    /** Turns one row's kind and value into a place. */
    private static final class PlaceParser {
        private PlaceParser() {
        }

        static NamedPlace parse(String source, long line, String name, String kind, String value) {
            switch (kind.toLowerCase(Locale.ROOT)) {
                case "wkt":
                    return polygon(source, line, name, value, true);
                case "geojson":
                    return polygon(source, line, name, value, false);
                case "circle":
                    return circle(source, line, name, value);
                case "lsoas":
                    return lsoas(source, line, name, value);
                default:
                    throw new DataException(source, line,
                            "unknown kind '" + kind + "': expected wkt, geojson, circle or lsoas");
            }
        }

        private static NamedPlace polygon(String source, long line, String name, String value,
                boolean wkt) {
            Geometry g;
            try {
                g = wkt ? new WKTReader().read(value) : GeoJson.geometry(GeoJson.parse(new java.io.StringReader(value)));
            } catch (ParseException | GeoJson.Invalid | IOException | RuntimeException e) {
                throw new DataException(source, line,
                        "cannot read " + (wkt ? "WKT" : "GeoJSON") + ": " + e.getMessage(), e);
            }
            if (!(g instanceof Polygonal) || g.isEmpty()) {
                throw new DataException(source, line,
                        "expected a Polygon or MultiPolygon but was a " + g.getGeometryType()
                                + (g.isEmpty() ? " (empty)" : ""));
            }
            Degrees.problem(g).ifPresent(reason -> {
                throw new DataException(source, line, reason);
            });
            IsValidOp valid = new IsValidOp(g);
            if (!valid.isValid()) {
                throw new DataException(source, line,
                        "the polygon is not valid: " + valid.getValidationError().getMessage());
            }
            return new NamedPlace.PolygonPlace(name, g);
        }

        private static NamedPlace circle(String source, long line, String name, String value) {
            String[] parts = value.split("\\s+");
            String expected =
                    "circle value must be 'lon lat radius_metres' but was '" + value + "'";
            if (parts.length != 3) {
                throw new DataException(source, line, expected);
            }
            double lon;
            double lat;
            double radius;
            try {
                lon = Double.parseDouble(parts[0]);
                lat = Double.parseDouble(parts[1]);
                radius = Double.parseDouble(parts[2]);
            } catch (NumberFormatException e) {
                throw new DataException(source, line, expected);
            }
            if (!(radius > 0) || Double.isInfinite(radius)) {
                throw new DataException(source, line,
                        "circle radius must be a positive number of metres but was '"
                                + parts[2] + "'");
            }
            Degrees.problem(new GeometryFactory().createPoint(new Coordinate(lon, lat)))
                    .ifPresent(reason -> {
                        throw new DataException(source, line, "circle centre: " + reason);
                    });
            return new NamedPlace.CirclePlace(name, new LonLat(lon, lat), radius);
        }

        private static NamedPlace lsoas(String source, long line, String name, String value) {
            if (value.isEmpty()) {
                throw new DataException(source, line,
                        "lsoas value must list at least one LSOA code");
            }
            return new NamedPlace.LsoaPlace(name,
                    new LinkedHashSet<>(Arrays.asList(value.split("\\s+"))));
        }
    }

    /** A device or a pipe (/dev/zero) would be read forever: refused, as every configuration file is. */
    private static void refuseSpecialFile(Path file, String source) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new DataException(source, 0, Files.isDirectory(file) ? "is a folder, not a places file"
                    : "is not a regular file (a device or a pipe), so it cannot be a places file");
        }
    }
}
