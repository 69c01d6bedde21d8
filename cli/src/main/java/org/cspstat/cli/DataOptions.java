package org.cspstat.cli;

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
    @Option(names = "--data", paramLabel = "PATH",
            description = "A police.uk street CSV, a folder of them (any depth) or a .zip; repeatable. "
                    + "Default: the embedded synthetic sample.")
    List<Path> data = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "FILE",
            description = "A partnership profile: a properties file of long options without dashes (area-prefix = "
                    + "Stevenage); relative paths from the profile's folder; the command line overrides it. "
                    + "See sample-data/stevenage.profile.")
    Path profile;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "Read the data as another export, described by this mapping file (see README).")
    Path mapping;

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
        LoadOptions.Builder b = LoadOptions.builder().data(data).strict(strict).dedupe(dedupe)
                .positions(positions).areas(areas).progress(progress);
        if (mapping != null) {
            b.mapping(ExportMapping.read(mapping));
        }
        if (areaPrefix != null && lsoaFile != null) {
            throw new IllegalArgumentException("give --area-prefix or --lsoa-file, not both");
        }
        if (areaPrefix != null) {
            b.selection(AreaSelection.namePrefix(areaPrefix));
        } else if (lsoaFile != null) {
            b.selection(AreaSelection.codes(readCodes(lsoaFile)));
        }
        if (areaPolygons != null) {
            org.cspstat.geo.PolygonIndex index = org.cspstat.geo.Polygons.read(areaPolygons);
            b.assigner((lon, lat) -> index.first(lon, lat)
                    .map(r -> new org.cspstat.model.Area(r.code(), r.name())).orElse(null));
        }
        if (lookup != null) {
            b.lookup(AreaLookup.read(lookup));
        } else if (data.isEmpty()) {
            SampleData.lookup().ifPresent(b::lookup);
        }
        return Loader.load(b.build());
    }

    private static Set<String> readCodes(Path file) {
        try {
            Set<String> codes = new HashSet<>();
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                String code = line.split(",", -1)[0].replace("\uFEFF", "").replace("\"", "").strip();
                if (code.matches("(?i)[EWSN]\\d{8}")) {
                    codes.add(code);
                }
            }
            if (codes.isEmpty()) {
                throw DataException.of(file.toString(), "no LSOA codes (like E01023691) in the first column");
            }
            return codes;
        } catch (IOException e) {
            throw DataException.of(file.toString(), Files.exists(file) ? "cannot be read: " + e.getMessage()
                    : "no such file or directory");
        }
    }
}
