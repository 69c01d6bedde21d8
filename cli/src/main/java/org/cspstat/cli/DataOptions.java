package org.cspstat.cli;

import org.cspstat.error.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cspstat.io.AreaLookup;
import org.cspstat.io.AreaSelection;
import org.cspstat.error.DataException;
import org.cspstat.io.Dataset;
import org.cspstat.io.ExportMapping;
import org.cspstat.io.LoadOptions;
import org.cspstat.io.Loader;
import org.cspstat.io.ProgressListener;
import org.cspstat.io.SampleData;
import picocli.CommandLine.Option;

/** The options every command shares for choosing data and the partnership's area. */
final class DataOptions {
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    /** The data paths, in command-line order. */
    List<Path> data = new ArrayList<>();

    /** The mapping file given right after each data path, or null (same indices as {@link #data}). */
    List<Path> mappings = new ArrayList<>();

    /** A mapping given before any --data: it reads every path without a mapping of its own. */
    Path mapping;

    // picocli calls these setters in command-line order, each time with every value so far, so a
    // --mapping can be tied to the --data before it
    @Option(names = "--data", paramLabel = "PATH",
            description = "A police.uk street CSV, a folder of them (any depth) or a .zip; repeatable. "
                    + "Default: the embedded synthetic sample.")
    void data(List<Path> all) {
        while (data.size() < all.size()) {
            data.add(all.get(data.size()));
            mappings.add(null);
        }
    }

    @Option(names = "--profile", paramLabel = "FILE",
            description = "A partnership profile: a properties file of long options without dashes (area-prefix = "
                    + "Stevenage); relative paths from the profile's folder; the command line overrides it. "
                    + "See sample-data/stevenage.profile.")
    Path profile;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "Read the --data just before it as another export, described by this mapping file (see README); "
                    + "repeatable, one per --data, so that a council export and police.uk files load in one run as "
                    + "separate sources. Given before any --data, it reads every --data that has none of its own.")
    void mapping(List<Path> all) {
        if (all.isEmpty()) {
            return;
        }
        Path last = all.get(all.size() - 1);
        if (data.isEmpty()) {
            if (mapping != null) {
                throw new picocli.CommandLine.ParameterException(mixee.commandLine(),
                        "give one --mapping before the first --data, or one after each --data it reads");
            }
            mapping = last;
        } else if (mappings.get(data.size() - 1) != null) {
            throw new picocli.CommandLine.ParameterException(mixee.commandLine(),
                    "two --mapping files for --data " + data.get(data.size() - 1) + ": give one after each --data");
        } else {
            mappings.set(data.size() - 1, last);
        }
    }

    @Option(names = "--area-prefix", paramLabel = "NAME",
            description = "Keep rows whose LSOA name is NAME followed by an LSOA number, e.g. Stevenage.")
    String areaPrefix;

    @Option(names = "--lsoa-file", paramLabel = "FILE", description = "Keep rows whose LSOA code is listed in FILE.")
    Path lsoaFile;

    @Option(names = "--lookup", paramLabel = "FILE",
            description = "LSOA to ward/district lookup (ONS layout or two columns lsoa,ward), for --by ward.")
    Path lookup;

    @Option(names = "--area-polygons", paramLabel = "FILE",
            description = "Areas given as polygons (GeoJSON, WGS84, e.g. ward boundaries): keep rows whose position falls "
                    + "in one and count them in it.")
    Path areaPolygons;

    @Option(names = "--strict", description = "Stop at the first bad row (exit 3) instead of rejecting it.")
    boolean strict;

    @Option(names = "--dedupe", description = "Drop rows whose Crime ID repeats within a file.")
    boolean dedupe;

    @Option(names = "--verbose", description = "Print stack traces of failures, and notes on how the run is tuned.")
    boolean verbose;

    /** Loads the data these options name, with counts by area. */
    Dataset load(boolean positions, ProgressListener progress) {
        return load(positions, true, progress);
    }

    /** Loads the data these options name; without areas when the analysis never looks at them. */
    Dataset load(boolean positions, boolean areas, ProgressListener progress) {
        if (JitHint.forInput(data, areas) && verbose) {
            System.err.println("cspstat: input under " + (JitHint.limit(areas) >> 20)
                    + " MB: this run compiles with C1 alone (set CSPSTAT_FULL_JIT=1 to keep C2)");
        }
        LoadOptions.Builder b = LoadOptions.builder().strict(strict).dedupe(dedupe)
                .positions(positions).areas(areas).progress(progress);
        if (data.isEmpty()) {
            b.sample(); // the CLI's choice: every command works without --data
        }
        if (mapping != null) {
            b.mapping(ExportMapping.read(mapping));
        }
        java.util.Map<Path, ExportMapping> read = new java.util.HashMap<>();
        for (int i = 0; i < data.size(); i++) {
            Path m = mappings.get(i);
            b.source(data.get(i), m == null ? null : read.computeIfAbsent(m, ExportMapping::read));
        }
        b.selection(selection());
        if (areaPolygons != null) {
            b.assigner(org.cspstat.io.AreaAssigner.polygons(areaPolygons));
        }
        if (lookup != null) {
            b.lookup(AreaLookup.read(lookup));
        } else if (data.isEmpty()) {
            SampleData.lookup().ifPresent(b::lookup);
        }
        return Loader.load(b.build());
    }

    /** @return the area selection these options name (all rows when none) */
    AreaSelection selection() {
        if (areaPrefix != null && lsoaFile != null) {
            throw new UsageException("give --area-prefix or --lsoa-file, not both");
        }
        if (areaPrefix != null) {
            return AreaSelection.namePrefix(areaPrefix);
        } else if (lsoaFile != null) {
            return AreaSelection.codesFile(lsoaFile);
        }
        return AreaSelection.all();
    }

    /** @return the --data paths read as police.uk street files (those without a mapping) */
    List<Path> policeUkData() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (mappings.get(i) == null && mapping == null) {
                out.add(data.get(i));
            }
        }
        return out;
    }

}
