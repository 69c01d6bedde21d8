package org.cspstat.tools;

/**
 * A police.uk-style anonymised location: a street point every incident nearby is moved to.
 *
 * @param x      metres east of the town centre
 * @param y      metres north of the town centre
 * @param street the street name police.uk would print after "On or near "
 * @param kind   what kind of place it is
 * @param place  the named place it belongs to, or the empty string
 * @param weight how busy the point is compared with others of its kind
 * @param lsoa   the LSOA whose centroid is nearest
 */
record SnapPoint(double x, double y, String street, Kind kind, String place, double weight, Lsoa lsoa) {
}
