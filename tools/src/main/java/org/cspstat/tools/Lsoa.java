package org.cspstat.tools;

/**
 * An invented LSOA of Northbrook.
 *
 * @param code LSOA code, {@code E019000NN}
 * @param name LSOA name, {@code Northbrook 001A}
 * @param x    centroid east of the town centre, metres
 * @param y    centroid north of the town centre, metres
 * @param ward the ward that contains the centroid
 */
record Lsoa(String code, String name, double x, double y, Ward ward) {
}
