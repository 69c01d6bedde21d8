package org.cspstat.io;

import static java.util.Objects.requireNonNull;

import org.cspstat.count.CountStore;

/**
 * The counts and the account of one source of a load with several (a police.uk folder and a
 * council export, say): each distinct export mapping, and police.uk, is one source. The
 * {@link Dataset}'s own counts are the sum of its sources'.
 *
 * @param name the source's name: the mapping's {@code name}, or {@code police.uk}
 * @param counts this source's counts alone
 * @param quality this source's account alone
 */
public record SourceCounts(String name, CountStore counts, DataQuality quality) {
    // validates the components.
    public SourceCounts {
        requireNonNull(name, "name must not be null");
        requireNonNull(counts, "counts must not be null");
        requireNonNull(quality, "quality must not be null");
    }
}
