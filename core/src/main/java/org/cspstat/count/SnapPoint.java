package org.cspstat.count;

import static java.util.Objects.requireNonNull;

/**
 * One distinct position in the data: police.uk publishes anonymised "snap points" (street
 * centroids), so many incidents share a point, and keeping points rather than rows keeps the
 * store small.
 *
 * @param lon longitude, WGS84 degrees
 * @param lat latitude, WGS84 degrees
 * @param location the location text first seen at the point, such as {@code On or near Park Road}
 * @param area the id of the area the point's first row was counted in, or -1 for none
 */
public record SnapPoint(double lon, double lat, String location, int area) {
    // validates the components. 
    public SnapPoint {
        requireNonNull(location, "location must not be null");
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
            throw new IllegalArgumentException("a snap point needs finite coordinates");
        }
    }
}
