package org.cspstat.geo;

/**
 * A WGS84 position in decimal degrees (longitude first, as in GeoJSON and WKT).
 *
 * @param lon longitude in degrees east, in [-180, 180]
 * @param lat latitude in degrees north, in [-90, 90]
 */
public record LonLat(double lon, double lat) {
    /**
     * Validates the position.
     *
     * @param lon longitude in degrees east, in [-180, 180]
     * @param lat latitude in degrees north, in [-90, 90]
     * @throws IllegalArgumentException when a coordinate is NaN or out of range
     */
    public LonLat {
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("longitude must be in [-180, 180] but was " + lon);
        }
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("latitude must be in [-90, 90] but was " + lat);
        }
    }
}
