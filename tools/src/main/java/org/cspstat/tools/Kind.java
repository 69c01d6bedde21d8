package org.cspstat.tools;

/** What kind of place a snap point is; each crime type favours some kinds. */
enum Kind {
    /** Houses and residential streets. */
    RESIDENTIAL,
    /** The town centre: shops, bars, the bus station. */
    CENTRE,
    /** Shops outside the centre: supermarkets, the retail park, petrol stations. */
    RETAIL,
    /** The railway station and its approaches. */
    TRANSPORT,
    /** Parks, recreation grounds, subways and footpaths. */
    PARK,
    /** Car parks. */
    PARKING,
    /** The hospital. */
    HOSPITAL
}
