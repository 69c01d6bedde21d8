package org.cspstat.geo;

/**
 * A British National Grid (EPSG:27700) position in metres.
 *
 * @param easting metres east of the grid's false origin
 * @param northing metres north of the grid's false origin
 */
public record EastingNorthing(double easting, double northing) {
    /**
     * Validates the position.
     *
     * @param easting metres east of the grid's false origin
     * @param northing metres north of the grid's false origin
     * @throws IllegalArgumentException when a coordinate is not finite
     */
    public EastingNorthing {
        if (!Double.isFinite(easting) || !Double.isFinite(northing)) {
            throw new IllegalArgumentException(
                    "easting and northing must be finite but were " + easting + ", " + northing);
        }
    }

    /**
     * Returns the straight-line distance to another grid position.
     *
     * @param other the other position
     * @return the distance in metres
     */
    public double distanceTo(EastingNorthing other) {
        return Math.hypot(easting - other.easting, northing - other.northing);
    }
}
