package org.cspstat.io;

import static java.util.Objects.requireNonNull;

import java.util.List;
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
 * @param sources the sources summed, each with its own counts and account, when the load read
 *     several (see {@link LoadOptions#mappings}); empty when it read one
 */
public record Dataset(CountStore counts, DataQuality quality, String source, String area, AreaLookup lookup,
        List<SourceCounts> sources) {
    // validates the components.
    public Dataset {
        requireNonNull(counts, "counts must not be null");
        requireNonNull(quality, "quality must not be null");
        requireNonNull(source, "source must not be null");
        requireNonNull(area, "area must not be null");
        sources = List.copyOf(sources);
    }

    /**
     * A dataset of one source.
     *
     * @param counts the count store
     * @param quality the data-quality account
     * @param source the source line for charts and reports
     * @param area a description of the selected area
     * @param lookup LSOA to ward and district, or null when none was given
     */
    public Dataset(CountStore counts, DataQuality quality, String source, String area, AreaLookup lookup) {
        this(counts, quality, source, area, lookup, List.of());
    }

    /**
     * @return the sources this dataset sums, each with its own counts: one (the dataset itself,
     *     named by its source line) unless the load read several
     */
    @Override
    public List<SourceCounts> sources() {
        return sources.isEmpty() ? List.of(new SourceCounts(source, counts, quality)) : sources;
    }

    /** @return true when the dataset sums several sources */
    public boolean hasSeveralSources() {
        return sources.size() > 1;
    }

    /** @return the ward lookup, if one was loaded */
    public Optional<AreaLookup> areaLookup() {
        return Optional.ofNullable(lookup);
    }
}
