package org.cspstat.cli;

import org.cspstat.error.UsageException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cspstat.output.chart.ChartRenderer;
import org.cspstat.report.ChartData;
import org.cspstat.report.ReportPack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cspstat charts}: any of the pack's charts on its own. */
@Command(name = "charts", mixinStandardHelpOptions = true,
        description = "Write one or more of the evidence pack's charts as PNG (and SVG). --list names them.")
final class ChartsCommand implements Callable<Integer> {
    @Mixin
    PackOptions packOptions;

    @Option(names = "--chart", paramLabel = "NAME",
            description = "A chart to write (repeatable), such as change-by-category, trend-all-crime, top-areas, "
                    + "risk-matrix, hotspot-map, concentration. Default: all.")
    List<String> names = new ArrayList<>();

    @Option(names = "--list", description = "List the charts there are and write nothing")
    boolean list;

    @Option(names = "--format", defaultValue = "png", paramLabel = "FORMAT", description = "png (default), svg or both")
    String format;

    @Option(names = "--out", defaultValue = ".", paramLabel = "DIR", description = "The folder to write into (default: .)")
    Path out;

    @Option(names = "--width", defaultValue = "1600", paramLabel = "PX", description = "Width (default: ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "900", paramLabel = "PX", description = "Height (default: ${DEFAULT-VALUE})")
    int height;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "FACTOR",
            description = "Multiply PNG pixels, e.g. 2 for print (default: ${DEFAULT-VALUE})")
    double scale;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String f = format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!List.of("png", "svg", "both").contains(f)) {
            throw new UsageException("unknown format '" + format + "': expected png, svg or both");
        }
        // the renderer's own bounds (ChartRenderer.image): smaller charts cannot lay out their text
        if (width < 320 || width > 10_000 || height < 240 || height > 10_000) {
            throw new IllegalArgumentException("--width must be 320 to 10000 pixels and --height 240 to 10000, not "
                    + width + "×" + height);
        }
        if (!(scale >= 0.5 && scale <= 8)) {
            throw new IllegalArgumentException("--scale must be 0.5 to 8, not " + scale);
        }
        Output.checkFile(out.resolve("chart.png"), packOptions.data.data); // a refused --out fails before the work
        ReportPack pack = PackFiles.build(packOptions);
        if (list) {
            pack.charts().forEach(c -> spec.commandLine().getOut().println(c.name() + "\t" + c.title()));
            return ExitCodes.OK;
        }
        List<ChartData> chosen = names.isEmpty() ? pack.charts() : names.stream().map(pack::chart).toList();
        List<Path> written = PackFiles.writeChartSet(chosen, out, !f.equals("svg"), !f.equals("png"), width, height,
                scale, packOptions.data.data);
        // one line per chart, as before: its PNG (its SVG with --format svg)
        written.stream().filter(p -> !f.equals("both") || p.toString().endsWith(".png"))
                .forEach(p -> spec.commandLine().getOut().println(Terminal.clean(p.toString())));
        return ExitCodes.OK;
    }
}
