package org.cspstat.tools;

/**
 * An invented electoral ward of Northbrook.
 *
 * @param code ward code, {@code E059000NN}
 * @param name ward name as in the ONS lookup
 * @param councilName ward name as the council's case system spells it
 */
record Ward(String code, String name, String councilName) {
}
