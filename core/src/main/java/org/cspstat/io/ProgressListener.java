package org.cspstat.io;

/** Hears about a load's progress, one call per source read; used for a progress bar. */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores progress. */
    ProgressListener NONE = (name, done, total) -> { };

    /**
     * Called after each source; may be called from several threads, never concurrently.
     *
     * @param name the source just read
     * @param done how many sources are read
     * @param total how many sources there are
     */
    void sourceDone(String name, int done, int total);
}
