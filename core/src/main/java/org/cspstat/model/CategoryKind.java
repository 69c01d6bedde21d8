package org.cspstat.model;

/**
 * What a category counts, which decides the built-in groups it belongs to.
 */
public enum CategoryKind {
    /** A notifiable crime type: part of "All crime". */
    CRIME,
    /** Anti-social behaviour: part of "All ASB". */
    ASB,
    /**
     * A category derived from a flag column of another export (for example a domestic-abuse
     * marker). A flagged row also counts in its own category, so flag categories belong to no
     * built-in group: adding them would count the row twice.
     */
    FLAG
}
