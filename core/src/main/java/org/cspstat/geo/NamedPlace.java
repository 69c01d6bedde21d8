package org.cspstat.geo;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A place an analyst names in a {@link NamedPlaces} file: a polygon, a circle or a list of
 * LSOAs. Places may overlap, and an incident can count in several places.
 */
public sealed interface NamedPlace permits NamedPlace.PolygonPlace, NamedPlace.CirclePlace,
        NamedPlace.LsoaPlace {

    /**
     * Returns the place's name, unique within its file.
     *
     * @return the name
     */
    String name();

    /**
     * Tells whether an incident at a point, in an LSOA, belongs to this place.
     *
     * @param lon longitude in degrees, or NaN when the incident has no coordinates
     * @param lat latitude in degrees, or NaN when the incident has no coordinates
     * @param lsoa the incident's LSOA code, or null when unknown
     * @return true when the place contains the incident
     */
    boolean contains(double lon, double lat, String lsoa);

    /**
     * A place drawn as a WGS84 polygon or multipolygon (kinds {@code wkt} and {@code geojson}).
     *
     * @param name the place's name
     * @param geometry the polygon in longitude/latitude degrees
     */
    record PolygonPlace(String name, Geometry geometry) implements NamedPlace {
        private static final GeometryFactory FACTORY = new GeometryFactory();

        /**
         * Validates the place.
         *
         * @param name the place's name
         * @param geometry the polygon in longitude/latitude degrees
         * @throws NullPointerException when a component is null
         */
        public PolygonPlace {
            requireNonNull(name, "name must not be null");
            requireNonNull(geometry, "geometry must not be null");
        }

        @Override
        public boolean contains(double lon, double lat, String lsoa) {
            return !Double.isNaN(lon) && !Double.isNaN(lat)
                    && geometry.covers(FACTORY.createPoint(new Coordinate(lon, lat)));
        }
    }

    /**
     * A place given as a centre and a radius measured in British National Grid metres (kind
     * {@code circle}); points on the circle belong to it.
     *
     * @param name the place's name
     * @param centre the centre in WGS84
     * @param radiusMetres the radius in metres, positive
     */
    record CirclePlace(String name, LonLat centre, double radiusMetres) implements NamedPlace {
        /**
         * Validates the place.
         *
         * @param name the place's name
         * @param centre the centre in WGS84
         * @param radiusMetres the radius in metres, positive
         * @throws NullPointerException when the name or centre is null
         * @throws IllegalArgumentException when the radius is not a positive finite number
         */
        public CirclePlace {
            requireNonNull(name, "name must not be null");
            requireNonNull(centre, "centre must not be null");
            if (!(radiusMetres > 0) || Double.isInfinite(radiusMetres)) {
                throw new IllegalArgumentException(
                        "radius must be a positive number of metres but was " + radiusMetres);
            }
        }

        @Override
        public boolean contains(double lon, double lat, String lsoa) {
            if (Double.isNaN(lon) || Double.isNaN(lat)) {
                return false;
            }
            return BritishNationalGrid.toGrid(centre)
                    .distanceTo(BritishNationalGrid.toGrid(lon, lat)) <= radiusMetres;
        }
    }

    /**
     * A place made of whole LSOAs (kind {@code lsoas}); incidents count by their LSOA code, so
     * those without coordinates count too.
     *
     * @param name the place's name
     * @param lsoas the LSOA codes, not empty
     */
    record LsoaPlace(String name, Set<String> lsoas) implements NamedPlace {
        /**
         * Validates the place and copies the codes.
         *
         * @param name the place's name
         * @param lsoas the LSOA codes, not empty
         * @throws NullPointerException when a component is null
         * @throws IllegalArgumentException when there are no codes
         */
        public LsoaPlace {
            requireNonNull(name, "name must not be null");
            lsoas = Set.copyOf(requireNonNull(lsoas, "lsoas must not be null"));
            if (lsoas.isEmpty()) {
                throw new IllegalArgumentException("lsoas must not be empty");
            }
        }

        @Override
        public boolean contains(double lon, double lat, String lsoa) {
            return lsoa != null && lsoas.contains(lsoa);
        }
    }
}
