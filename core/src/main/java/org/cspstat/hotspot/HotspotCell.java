package org.cspstat.hotspot;

/**
 * One grid cell of a {@link HotspotResult}.
 *
 * @param row the row, 0 in the south
 * @param col the column, 0 in the west
 * @param count incidents in the cell (over all periods, for an emerging map)
 * @param z the Gi* z-score of the counts
 * @param pValue the two-sided p-value
 * @param pAdjusted the p-value adjusted across cells (Benjamini–Hochberg)
 * @param hot whether the cell is a hot spot
 * @param cold whether the cell is a cold spot
 * @param centroidLat the cell centre's latitude, WGS84
 * @param centroidLon the cell centre's longitude, WGS84
 * @param easting the cell centre's easting, British National Grid metres
 * @param northing the cell centre's northing, British National Grid metres
 * @param location the commonest location text among the cell's incidents; null when none
 * @param lsoa the commonest LSOA code among the cell's incidents; null when none
 * @param emerging the emerging-hotspot class, or null when no run of periods was analysed
 */
public record HotspotCell(int row, int col, long count, double z, double pValue, double pAdjusted,
        boolean hot, boolean cold, double centroidLat, double centroidLon, double easting,
        double northing, String location, String lsoa, EmergingClass emerging) {
}
