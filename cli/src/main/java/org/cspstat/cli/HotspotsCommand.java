package org.cspstat.cli;

import org.cspstat.error.UsageException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cspstat.geo.NamedPlaces;
import org.cspstat.hotspot.HotspotAnalysis;
import org.cspstat.hotspot.HotspotReport;
import org.cspstat.io.Dataset;
import org.cspstat.io.ProgressListener;
import org.cspstat.format.TableFormat;
import org.cspstat.table.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cspstat hotspots}: ranked areas, concentration, grid Gi* and emerging hotspots. */
@Command(name = "hotspots", mixinStandardHelpOptions = true,
        description = "Rank areas (LSOAs, wards with --lookup, or --places), measure concentration (Gini, top 5%%/10%%), "
                + "map Getis-Ord Gi* hot and cold cells on a British National Grid grid over the study area (conditional "
                + "permutation p-values, BH-adjusted) and classify "
                + "emerging hotspots over a run of quarters or months.")
final class HotspotsCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Mixin
    PeriodOptions periods;

    @Option(names = "--category", defaultValue = "All crime", paramLabel = "NAME",
            description = "The category or group to map (default: ${DEFAULT-VALUE})")
    String category;

    @Mixin
    GroupOptions groups;

    @Option(names = "--places", paramLabel = "FILE",
            description = "Named places to rank (CSV name,kind,value; kind wkt, geojson, circle or lsoas)")
    Path places;

    @Option(names = "--area-level", paramLabel = "LEVEL",
            description = "lsoa, ward or district (default ward with --lookup, else lsoa)")
    String areaLevel;

    @Option(names = "--cell-size", defaultValue = "250", paramLabel = "METRES",
            description = "Grid cell side in metres (default: ${DEFAULT-VALUE})")
    double cellSize;

    @Option(names = "--step", defaultValue = "auto", paramLabel = "STEP",
            description = "Periods of the emerging run: auto (quarters if there are 10, else months), quarter or month")
    String step;

    @Option(names = "--boundary", paramLabel = "FILE",
            description = "GeoJSON polygons of the study area (their union): the grid keeps only the cells overlapping "
                    + "it. Default: the cells holding at least one police.uk map point of the data.")
    Path boundary;

    /** More permutations than this add nothing a p-value can show and cost memory per cell. */
    static final int MAX_PERMUTATIONS = 99_999;

    @Option(names = "--permutations", defaultValue = "0", paramLabel = "N",
            description = "Permutations for the Gi* p-values (at least 99; default 9,999 up to 3,000 cells, else 999)")
    int permutations;

    @Option(names = "--seed", defaultValue = "20210601", paramLabel = "N",
            description = "Seed of the permutations (default: ${DEFAULT-VALUE}); the same seed gives the same map")
    long seed;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "Areas listed (default: ${DEFAULT-VALUE})")
    int top;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String f = output.format("text", "csv", "json", "geojson", "md");
        if (!(cellSize >= 10 && cellSize <= 10_000)) {
            throw new UsageException("--cell-size must be between 10 and 10000 metres");
        }
        if (permutations != 0 && (permutations < 99 || permutations > MAX_PERMUTATIONS)) {
            // 2,147,483,647 permutations used to run out of memory (exit 1)
            throw new UsageException("--permutations must be 99 to " + MAX_PERMUTATIONS + ", not " + permutations);
        }
        org.cspstat.geo.Boundary area = boundary == null ? null : org.cspstat.geo.Boundary.read(boundary);
        output.check(data.data); // before the work: a refused --out fails at once
        Dataset d = data.load(true, ProgressListener.NONE);
        HotspotReport r = HotspotAnalysis.of(d)
                .issue(category)
                .current(periods.period == null ? null : periods.current(d.counts()))
                .previous(periods.previous)
                .cellSize(cellSize)
                .areaLevel(Formats.areaLevel(areaLevel, d))
                .places(places == null ? null : NamedPlaces.read(places))
                .groups(groups.groups())
                .step(Formats.choice("--step", step, HotspotAnalysis.Step.values()))
                .allowGaps(periods.allowGaps)
                .boundary(area)
                .permutations(permutations)
                .seed(seed)
                .run();
        String text = switch (f) {
            case "json" -> org.cspstat.json.CspstatJson.write(r);
            case "geojson" -> org.cspstat.json.CspstatJson.geoJson(r.map());
            case "csv" -> TableFormat.CSV.render(Tables.of(r.map()));
            default -> text(r, d, TableFormat.parse(f));
        };
        output.write(spec.commandLine().getOut(), text, data.data);
        return ExitCodes.OK;
    }

    private String text(HotspotReport r, Dataset d, TableFormat tf) {
        String h = tf == TableFormat.MD ? "## " : "";
        var c = r.concentration();
        StringBuilder s = new StringBuilder();
        s.append(h).append("Hotspots: ").append(r.issue()).append(", ").append(r.current().label()).append(" vs ")
                .append(r.previous().label()).append(" — ").append(d.area()).append("\n\n");
        s.append(h).append("Top areas by count\n\n").append(tf.render(Tables.top(r, top, false))).append('\n');
        s.append(h).append("Largest increases\n\n").append(tf.render(Tables.top(r, top, true))).append('\n');
        s.append(String.format(Locale.ROOT, "Concentration over %d areas: Gini %.2f; the top 5%% of areas (%d) hold %.1f%% "
                + "of incidents, the top 10%% (%d) hold %.1f%%.%n%n", c.areas(), c.gini(), c.top5Areas(),
                100 * c.top5Share(), c.top10Areas(), 100 * c.top10Share()));
        s.append(h).append(String.format(Locale.ROOT, "Hot and emerging cells (%.0f m grid, Getis-Ord Gi*, %,d conditional "
                + "permutations with seed %d, Benjamini-Hochberg over the %,d cells of the study area)%n%n",
                r.map().grid().cellSize(), r.map().permutations(), r.map().seed(), r.map().cells().size()));
        s.append(tf.render(Tables.hotCells(r))).append('\n');
        if (!r.note().isEmpty()) {
            s.append("Note: ").append(r.note()).append(".\n");
        } else {
            s.append("Emerging classes over ").append(r.emergingPeriods().size()).append(" periods: ")
                    .append(r.emergingPeriods().get(0).label()).append(" to ")
                    .append(r.emergingPeriods().get(r.emergingPeriods().size() - 1).label()).append(".\n");
        }
        s.append("Study area: ").append(r.map().areaRule()).append(r.map().outsideArea() > 0 ? String.format(Locale.ROOT,
                "; %,d incidents in cells outside it are left off the map", r.map().outsideArea()) : "").append(".\n");
        s.append(String.format(Locale.ROOT, "%,d incidents without coordinates are left off the map.%nSource: %s%n",
                r.withoutLocation(), d.source()));
        return s.toString();
    }
}
