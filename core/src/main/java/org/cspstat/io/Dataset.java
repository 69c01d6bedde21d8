package org.cspstat.io;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.cspstat.count.CountStore;

/**
 * What a load produces: the counts every analysis reads, the account of every row, and what the
 * data is called on charts.
 *
 * @param counts the count store
 * @param quality the data-quality account
 * @param source the source line for charts and reports, such as
 *     {@code police.uk, Open Government Licence v3.0}
 * @param area a description of the selected area
 * @param lookup LSOA to ward and district, or null when none was given
 */
public record Dataset(CountStore counts, DataQuality quality, String source, String area, AreaLookup lookup) {
    // validates the components. 
    public Dataset {
        requireNonNull(counts, "counts must not be null");
        requireNonNull(quality, "quality must not be null");
        requireNonNull(source, "source must not be null");
        requireNonNull(area, "area must not be null");
    }

    /** @return the ward lookup, if one was loaded */
    public Optional<AreaLookup> areaLookup() {
        return Optional.ofNullable(lookup);
    }
}
