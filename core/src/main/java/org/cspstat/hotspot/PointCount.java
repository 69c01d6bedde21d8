package org.cspstat.hotspot;

/**
 * A number of incidents at one map point, the input of a {@link HotspotMap}. Rows without
 * coordinates never become a point count: the caller counts and reports them separately.
 *
 * @param lon longitude in WGS84 degrees
 * @param lat latitude in WGS84 degrees
 * @param count the number of incidents at the point, at least 0
 * @param location the police.uk location text, such as {@code On or near Park Place}; may be null
 * @param lsoa the LSOA code of the point; may be null
 */
public record PointCount(double lon, double lat, long count, String location, String lsoa) {
    /**
     * Validates the point.
     *
     * @param lon longitude in WGS84 degrees
     * @param lat latitude in WGS84 degrees
     * @param count the number of incidents at the point, at least 0
     * @param location the police.uk location text, such as {@code On or near Park Place}; may be null
     * @param lsoa the LSOA code of the point; may be null
     * @throws IllegalArgumentException when a coordinate is NaN or out of range, or the count is
     *     negative
     */
    public PointCount {
        if (Double.isNaN(lon) || Double.isNaN(lat)) {
            throw new IllegalArgumentException("a point count needs coordinates; rows without"
                    + " them must be counted and left out by the caller");
        }
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("coordinates out of range: " + lon + ", " + lat);
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0 but was " + count);
        }
    }
}
