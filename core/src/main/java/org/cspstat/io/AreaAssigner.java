package org.cspstat.io;

import org.cspstat.model.Area;

/**
 * Assigns an incident to an area by its position, for areas given as polygons: the row is kept
 * when its point falls in an area, and counted in that area.
 */
@FunctionalInterface
public interface AreaAssigner {
    /**
     * @param lon longitude, WGS84 degrees
     * @param lat latitude, WGS84 degrees
     * @return the area containing the point, or null when it is outside every area
     */
    Area areaOf(double lon, double lat);

    /**
     * Areas given as polygons in a GeoJSON or WKT file (each feature's code and name): a point is
     * assigned to the first polygon that contains it.
     *
     * @param file the boundary file
     * @return the assigner
     * @throws org.cspstat.error.DataException when the file cannot be read as polygons
     */
    static AreaAssigner polygons(java.nio.file.Path file) {
        org.cspstat.geo.PolygonIndex index = org.cspstat.geo.Polygons.read(file);
        return (lon, lat) -> index.first(lon, lat).map(r -> new Area(r.code(), r.name())).orElse(null);
    }
}
