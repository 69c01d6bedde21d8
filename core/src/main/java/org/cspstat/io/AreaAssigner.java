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
}
