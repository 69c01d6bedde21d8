package org.cspstat.geo;

import static java.util.Objects.requireNonNull;

import org.locationtech.jts.geom.Geometry;

/**
 * A named area with a WGS84 boundary: a ward, an LSOA, a place drawn by an analyst.
 *
 * @param code the area's code, such as {@code E05015626}; never null (may equal the name)
 * @param name the area's name, such as {@code Bedwell}; never null
 * @param geometry the boundary, a polygon or multipolygon in longitude/latitude degrees
 */
public record Region(String code, String name, Geometry geometry) {
    /**
     * Validates the region.
     *
     * @param code the area's code, such as {@code E05015626}; never null (may equal the name)
     * @param name the area's name, such as {@code Bedwell}; never null
     * @param geometry the boundary, a polygon or multipolygon in longitude/latitude degrees
     * @throws NullPointerException when a component is null
     */
    public Region {
        requireNonNull(code, "code must not be null");
        requireNonNull(name, "name must not be null");
        requireNonNull(geometry, "geometry must not be null");
    }
}
