package org.cspstat.io;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What to load and how: the data paths (or, asked for explicitly, the embedded synthetic sample), the export
 * format, the CSP's area, and the policies for bad rows. Build with {@link #builder()}:
 *
 * <pre>{@code
 * LoadOptions options = LoadOptions.builder()
 *         .data(Path.of("police-uk/2021"))
 *         .selection(AreaSelection.namePrefix("Stevenage"))
 *         .build();
 * }</pre>
 *
 * @param data the files, directories or zips to read; empty only with {@code sample}
 * @param mapping how to read a non-police.uk export, or null for police.uk street files
 * @param selection which rows are in the area
 * @param assigner areas given as polygons, assigning rows by position; null for none
 * @param lookup LSOA to ward and district, for grouping; null for none
 * @param strict true to stop at the first bad row
 * @param dedupe true to drop rows whose Crime ID repeats within a file
 * @param positions true to keep counts by position, for hotspots
 * @param areas true (the default) to keep counts by area; false keeps counts by category and month
 *     only, for analyses that never look at areas (a comparison by category): rows are still
 *     selected by area, but national files load faster, with no area lookup per row
 * @param limits resource limits
 * @param threads how many threads read sources at once
 * @param progress hears about progress
 * @param sample true to read the embedded synthetic sample instead of files: asked for
 *     explicitly, never a fallback for an empty list of paths
 * @param mappings a mapping of its own for some data paths, by index into {@code data}: several
 *     sources in one run, such as a council export beside a police.uk folder; a path without one
 *     is read with {@code mapping} (police.uk when that is null). Each distinct mapping (and
 *     police.uk) is a source whose counts are kept apart as well as summed ({@link Dataset#sources()})
 */
public record LoadOptions(List<Path> data, ExportMapping mapping, AreaSelection selection, AreaAssigner assigner,
        AreaLookup lookup, boolean strict, boolean dedupe, boolean positions, boolean areas, ReadLimits limits,
        int threads, ProgressListener progress, boolean sample, Map<Integer, ExportMapping> mappings) {

    // validates the components. 
    public LoadOptions {
        data = List.copyOf(requireNonNull(data, "data must not be null"));
        requireNonNull(selection, "selection must not be null");
        requireNonNull(limits, "limits must not be null");
        requireNonNull(progress, "progress must not be null");
        mappings = Map.copyOf(requireNonNull(mappings, "mappings must not be null"));
        for (int index : mappings.keySet()) {
            if (index < 0 || index >= data.size()) {
                throw new IllegalArgumentException("a mapping for data path " + index + " but there are " + data.size());
            }
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (positions && !areas) {
            throw new IllegalArgumentException("positions need areas: hotspots and named places use both");
        }
        if (sample && !data.isEmpty()) {
            throw new org.cspstat.error.UsageException("give data paths or the embedded sample, not both");
        }
    }

    /** @return a builder with the defaults: no data yet, all rows, lenient, counts by area, no positions */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link LoadOptions}. */
    public static final class Builder {
        private final List<Path> data = new ArrayList<>();
        private ExportMapping mapping;
        private AreaSelection selection = AreaSelection.all();
        private AreaAssigner assigner;
        private AreaLookup lookup;
        private boolean strict;
        private boolean dedupe;
        private boolean positions;
        private boolean areas = true;
        private ReadLimits limits = ReadLimits.DEFAULT;
        private int threads = Runtime.getRuntime().availableProcessors();
        private ProgressListener progress = ProgressListener.NONE;
        private boolean sample;
        private final Map<Integer, ExportMapping> mappings = new HashMap<>();

        private Builder() {
        }

        /**
         * @param paths files, directories or zips to add
         * @return this builder
         */
        public Builder data(Path... paths) {
            data.addAll(List.of(paths));
            return this;
        }

        /**
         * @param paths files, directories or zips to add
         * @return this builder
         */
        public Builder data(List<Path> paths) {
            data.addAll(paths);
            return this;
        }

        /**
         * Adds one data path read with a mapping of its own (null: with the default,
         * {@link #mapping}), a source beside the others.
         *
         * @param path a file, directory or zip
         * @param mapping how to read it, or null for the default
         * @return this builder
         */
        public Builder source(Path path, ExportMapping mapping) {
            data.add(requireNonNull(path, "path must not be null"));
            if (mapping != null) {
                mappings.put(data.size() - 1, mapping);
            }
            return this;
        }

        /**
         * @param mapping how to read a non-police.uk export
         * @return this builder
         */
        public Builder mapping(ExportMapping mapping) {
            this.mapping = mapping;
            return this;
        }

        /**
         * @param selection which rows are in the area
         * @return this builder
         */
        public Builder selection(AreaSelection selection) {
            this.selection = requireNonNull(selection, "selection must not be null");
            return this;
        }

        /**
         * @param assigner polygons that assign rows to areas by position
         * @return this builder
         */
        public Builder assigner(AreaAssigner assigner) {
            this.assigner = assigner;
            return this;
        }

        /**
         * @param lookup LSOA to ward and district
         * @return this builder
         */
        public Builder lookup(AreaLookup lookup) {
            this.lookup = lookup;
            return this;
        }

        /**
         * @param strict true to stop at the first bad row
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * @param dedupe true to drop repeated Crime IDs
         * @return this builder
         */
        public Builder dedupe(boolean dedupe) {
            this.dedupe = dedupe;
            return this;
        }

        /**
         * @param positions true to keep counts by position for hotspots
         * @return this builder
         */
        public Builder positions(boolean positions) {
            this.positions = positions;
            return this;
        }

        /**
         * @param areas false to keep counts by category and month only (see {@link LoadOptions#areas})
         * @return this builder
         */
        public Builder areas(boolean areas) {
            this.areas = areas;
            return this;
        }

        /**
         * @param limits resource limits
         * @return this builder
         */
        public Builder limits(ReadLimits limits) {
            this.limits = limits;
            return this;
        }

        /**
         * @param threads how many threads read at once, at least 1
         * @return this builder
         */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /**
         * @param progress hears about progress
         * @return this builder
         */
        public Builder progress(ProgressListener progress) {
            this.progress = requireNonNull(progress, "progress must not be null");
            return this;
        }

        /**
         * Reads the embedded synthetic sample (the invented Northbrook district) instead of files.
         *
         * @return this builder
         */
        public Builder sample() {
            this.sample = true;
            return this;
        }

        /** @return the options */
        public LoadOptions build() {
            return new LoadOptions(data, mapping, selection, assigner, lookup, strict, dedupe, positions, areas,
                    limits, threads, progress, sample, mappings);
        }
    }
}
