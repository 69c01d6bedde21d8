package org.cspstat.compare;

import java.util.List;
import org.cspstat.io.AreaLookup;
import org.cspstat.model.Area;

/**
 * The level areas are compared at: the data's own areas (LSOAs for police.uk; the export's
 * areas otherwise, or the polygons rows were assigned to), or wards and districts through an
 * {@link AreaLookup}. An LSOA the lookup does not list is grouped under {@code (not in lookup)}.
 */
public enum AreaLevel {
    /** The data's own areas. */
    LSOA,
    /** Wards, through a lookup. */
    WARD,
    /** Districts, through a lookup, or without one from LSOA names ({@code <district> NNNX}). */
    DISTRICT;

    /** The area that LSOAs missing from a lookup are grouped under. */
    public static final Area NOT_IN_LOOKUP = new Area("(not in lookup)", "(not in lookup)");

    /**
     * Maps each of the store's areas to its area at this level.
     *
     * @param areas the store's areas, by area id
     * @param lookup the lookup, required for WARD; for DISTRICT, without one the LSOA names give the district
     * @return the area at this level for each area id
     * @throws org.cspstat.error.ConfigurationException when a lookup is needed but missing
     */
    public Area[] map(List<Area> areas, AreaLookup lookup) {
        Area[] out = new Area[areas.size()];
        if (this == WARD && lookup == null) {
            throw new org.cspstat.error.ConfigurationException(org.cspstat.error.ConfigurationException.LOOKUP,
                    "grouping by ward needs a lookup file (LSOA to ward and district)");
        }
        for (int i = 0; i < out.length; i++) {
            Area a = areas.get(i);
            out[i] = switch (this) {
                case LSOA -> a;
                case WARD -> lookup.ward(a.code()).orElse(NOT_IN_LOOKUP);
                case DISTRICT -> lookup != null ? lookup.district(a.code()).orElse(NOT_IN_LOOKUP)
                        // without a lookup, from the LSOA's name ('<district> NNNX'), the district's name as its code
                        : org.cspstat.model.LsoaNames.district(a.name()).map(n -> new Area(n, n)).orElse(NOT_IN_LOOKUP);
            };
        }
        return out;
    }
}
