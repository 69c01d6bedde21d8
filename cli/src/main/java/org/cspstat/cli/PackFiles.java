package org.cspstat.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.cspstat.output.chart.ChartRenderer;
import org.cspstat.io.Dataset;
import org.cspstat.io.ProgressListener;
import org.cspstat.period.Period;
import org.cspstat.report.ChartData;
import org.cspstat.report.ReportBuilder;
import org.cspstat.report.ReportPack;
import org.cspstat.report.TableFormat;
import org.cspstat.risk.RiskConfig;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Loading data into a pack, and writing charts as files, for the report and charts commands. */
final class PackFiles {
    private PackFiles() {
    }

    /** Loads the data the options name and assembles the pack. */
    static ReportPack build(PackOptions options) {
        return build(options, b -> { });
    }

    /** Loads the data the options name and assembles the pack, with more settings on the builder. */
    static ReportPack build(PackOptions options, java.util.function.Consumer<ReportBuilder> more) {
        DataOptions data = options.data;
        PeriodOptions periods = options.periods;
        RiskOptions risk = options.risk;
        List<String> trends = options.trends;
        JitHint.preferQuickCompilation();
        Thread warmUp = new Thread(PackFiles::warmUp, "warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        Dataset d;
        try (LoadProgress progress = LoadProgress.onTerminal()) {
            ProgressListener listener = progress.listener();
            d = data.load(true, listener);
        }
        Period current = periods.current(d.counts());
        ReportBuilder builder = ReportBuilder.of(d).current(current).previous(periods.previous(current))
                .allowGaps(periods.allowGaps).risk(risk.load(d)).trends(trends).title(options.title())
                .groups(options.groups.groups())
                .places(options.places == null ? null : org.cspstat.geo.NamedPlaces.read(options.places));
        if (options.cellSize != null) {
            if (!(options.cellSize >= 10 && options.cellSize <= 10_000)) {
                throw new IllegalArgumentException("--cell-size must be between 10 and 10000 metres");
            }
            builder.cellSize(options.cellSize);
        }
        more.accept(builder);
        return builder.build();
    }

    /**
     * Loads and initialises, on the second core while the data are read, the classes the pack
     * needs next: the risk configuration, Tablesaw tables and the CSV writer, then the chart
     * library and fonts. This takes about a second off a cold start.
     */
    private static void warmUp() {
        try {
            RiskConfig.bundled();
            Table t = Table.create("warm-up", StringColumn.create("a", List.of("x")),
                    LongColumn.create("b", new long[] {1}), DoubleColumn.create("c", new double[] {1.5}));
            TableFormat.CSV.render(t);
            TableFormat.MD.render(t);
            ChartRenderer.warmUp();
        } catch (RuntimeException ignored) {
            // only a head start: the real work reports any real problem
        }
    }

    /**
     * Writes charts into a folder, each atomically, in parallel.
     *
     * @return the number of files written
     */
    static int writeCharts(List<ChartData> charts, Path dir, boolean png, boolean svg, int width, int height,
            double scale, List<Path> inputs) {
        charts.parallelStream().forEach(c -> {
            if (png) {
                Output.bytes(dir.resolve(c.name() + ".png"), ChartRenderer.png(c, width, height, scale), inputs);
            }
            if (svg) {
                Output.bytes(dir.resolve(c.name() + ".svg"), ChartRenderer.svg(c, width, height), inputs);
            }
        });
        return charts.size() * ((png ? 1 : 0) + (svg ? 1 : 0));
    }

    /** Writes a CSV table atomically as UTF-8 with a byte-order mark, so Excel reads it as UTF-8. */
    static void csv(Path file, String csv, List<Path> inputs) {
        byte[] text = csv.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Output.bytes(file, bytes, inputs);
    }

    /** Writes UTF-8 text atomically. */
    static void text(Path file, String text, List<Path> inputs) {
        Output.bytes(file, text.getBytes(StandardCharsets.UTF_8), inputs);
    }
}
