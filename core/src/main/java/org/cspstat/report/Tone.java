package org.cspstat.report;

/** The meaning of a series or a mark, which a renderer turns into a colour of its palette. */
public enum Tone {
    /** The current period. */
    CURRENT,
    /** The previous period. */
    PREVIOUS,
    /** A significant increase, or a hot spot. */
    INCREASE,
    /** A significant decrease, or a cold spot. */
    DECREASE,
    /** No clear change, or nothing significant. */
    NEUTRAL,
    /** A reference line: a centre line or a line of equality. */
    REFERENCE,
    /** A limit line. */
    LIMIT,
    /** A low risk band. */
    LOW,
    /** A medium risk band. */
    MEDIUM,
    /** A high risk band. */
    HIGH
}
