package org.cspstat.geo;

import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Checks that a geometry read from a file is in WGS84 degrees, not projected metres. */
final class Degrees {
    private Degrees() {
    }

    /**
     * Describes the first coordinate that cannot be a longitude/latitude.
     *
     * @param geometry the geometry
     * @return a reason a person can act on, or empty when every coordinate is in range
     */
    static Optional<String> problem(Geometry geometry) {
        for (Coordinate c : geometry.getCoordinates()) {
            if (!(c.x >= -180 && c.x <= 180 && c.y >= -90 && c.y <= 90)) {
                String hint = c.x >= 0 && c.x <= 700_000 && c.y >= 0 && c.y <= 1_300_000
                        ? ", which looks like British National Grid metres" : "";
                return Optional.of(String.format(Locale.ROOT,
                        "coordinates must be WGS84 longitude/latitude degrees"
                                + " but (%s, %s) is not%s",
                        plain(c.x), plain(c.y), hint));
            }
        }
        return Optional.empty();
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? Long.toString((long) v) : Double.toString(v);
    }
}
