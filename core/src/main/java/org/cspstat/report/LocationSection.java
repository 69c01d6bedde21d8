package org.cspstat.report;

import java.util.List;
import org.cspstat.compare.CategoryGroups;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.io.Dataset;
import org.cspstat.place.RepeatLocations;

/** Repeat locations: the places with the most crime, with their change, and the share at the top ten. */
final class LocationSection {
    static final int TOP = 20;

    private LocationSection() {
    }

    /** @return the section, or null when the data were loaded without positions or none is located */
    static ReportSection of(Dataset data, ComparisonResult byCategory) {
        if (!data.counts().hasPositions()) {
            return null;
        }
        RepeatLocations r = RepeatLocations.of(data.counts(), CategoryGroups.ALL_CRIME, byCategory.current(),
                byCategory.previous(), data.lookup(), TOP);
        if (r.rows().isEmpty()) {
            return null;
        }
        return new ReportSection("repeat-locations", "Repeat locations: All crime", List.of("The " + r.rows().size()
                + " locations (police.uk snap points: anonymised points near where incidents happened) with the most "
                + "crime in " + r.current().label() + ", against " + r.previous().label() + ". A generic name such "
                + "as 'Parking Area' is followed by its ward or LSOA.", r.summary()), List.of(), List.of(),
                List.of(SimpleTables.table("repeat-locations", "Repeat locations, All crime, " + r.current().label(),
                        r.displayNames(), r.displayCells(), RepeatLocations.columnNames(), r.cells())));
    }
}
