package org.cspstat.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cspstat.output.chart.ChartRenderer;
import org.cspstat.output.docx.DocxWriter;
import org.cspstat.output.xlsx.XlsxWriter;
import org.cspstat.report.ReportSection;
import org.cspstat.report.HtmlReport;
import org.cspstat.report.MarkdownReport;
import org.cspstat.report.ReportPack;
import org.cspstat.report.ReportTable;
import org.cspstat.format.TableFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cspstat report}: the Strategic Assessment evidence pack in one folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the Strategic Assessment evidence pack: index.html (one page that works offline "
                + "and prints on A4), summary.md, pack.docx (Word, for committee papers), tables.xlsx (every table, "
                + "one sheet each), every table as CSV under tables/ and every chart under charts/. "
                + "Default: the latest financial year to date against the same months a year before.")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    PackOptions packOptions;

    @Option(names = "--out", defaultValue = "cspstat-report", paramLabel = "DIR",
            description = "The folder to write (default: ${DEFAULT-VALUE} in the current directory)")
    Path out;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "FACTOR",
            description = "Multiply chart pixels, e.g. 2 for print (default: ${DEFAULT-VALUE}: 1600×900)")
    double scale;

    @Option(names = "--svg", description = "Also write every chart as SVG")
    boolean svg;

    @Option(names = "--embed", description = "Embed the charts in index.html as data URIs instead of linking charts/*.png")
    boolean embed;

    @Spec
    CommandSpec spec;

    /** The pack being written, while {@link #call()} runs. */
    private PackFiles.Staging staging;

    @Option(names = "--each-district", arity = "0..*", paramLabel = "NAME",
            description = "Read the files once and write one pack per district (all districts in the data, or those "
                    + "named) into DIR/<district>/, plus a county overview DIR/index.html placing each district "
                    + "among its peers on funnel plots. See 'cspstat areas' for the names.")
    List<String> eachDistrict;

    @Option(names = "--overview-only", description = "With --each-district: write the county overview alone, "
            + "no district packs (for national files: lists every district and places each among the others)")
    boolean overviewOnly;

    @Mixin
    PeerOptions peerOptions;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        List<Path> inputs = packOptions.data.data;
        if (!(scale >= 0.5 && scale <= 8)) {
            throw new IllegalArgumentException("--scale must be 0.5 to 8, not " + scale);
        }
        // every file goes into a staging folder beside --out, swapped in whole at the end (issue 15)
        try (PackFiles.Staging s = PackFiles.stage(out, inputs)) {
            staging = s;
            if (eachDistrict != null || peerOptions.given()) {
                int code = CountyReport.run(this, start);
                s.commit();
                return code;
            }
            ReportPack pack = PackFiles.build(packOptions, b -> b.appendix(provenance()));
            int files = write(pack, out);
            s.commit();
            spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s (%d charts, %d tables) in %.1f s: %s%n",
                    out.resolve("index.html"), files, pack.tables().size(), (System.nanoTime() - start) / 1e9,
                    Terminal.clean(pack.title()));
        } finally {
            staging = null;
        }
        return ExitCodes.OK;
    }

    /** The scale of the charts embedded in Word: 1,920 × 1,080 pixels, 300 dpi at 16 cm. */
    static final double PRINT_SCALE = 1.2;

    /** The provenance section: version, command line, every input file with its rows and SHA-256. */
    ReportSection provenance() {
        DataOptions d = packOptions.data;
        RiskOptions r = packOptions.risk;
        return Provenance.section(arguments(), d.data,
                Arrays.asList(d.mapping, d.lsoaFile, d.lookup, d.areaPolygons, packOptions.boundary, packOptions.mapAreas,
                        packOptions.places, r.config, r.settings, r.override));
    }

    /** The arguments this run was given, from the command name on. */
    private List<String> arguments() {
        List<String> all = spec.root().commandLine().getParseResult() != null
                ? spec.root().commandLine().getParseResult().originalArgs() : List.of();
        return all.isEmpty() ? List.of(spec.name()) : all;
    }

    /**
     * Writes a pack into a folder: charts, tables (CSV with a byte-order mark, and tables.xlsx),
     * pack.docx, summary.md and index.html.
     *
     * @return the number of chart files written
     */
    int write(ReportPack pack, Path folder) {
        // a folder under --out is written at the same place under the staging folder
        Path dir = staging == null ? folder : staging.dir().resolve(out.relativize(folder).toString());
        Path charts = dir.resolve("charts");
        List<Path> inputs = packOptions.data.data;
        // Word gets the charts at print resolution (16 cm at about 300 dpi), drawn alongside the page's
        CompletableFuture<byte[]> docx = CompletableFuture.supplyAsync(() -> DocxWriter.write(pack,
                name -> ChartRenderer.png(pack.chart(name), ChartRenderer.WIDTH, ChartRenderer.HEIGHT,
                        Math.max(scale, PRINT_SCALE))));
        int files = PackFiles.writeCharts(pack.charts(), charts, true, svg, ChartRenderer.WIDTH,
                ChartRenderer.HEIGHT, scale, inputs);
        for (ReportTable t : pack.tables()) {
            PackFiles.csv(dir.resolve("tables").resolve(t.name() + ".csv"), TableFormat.CSV.render(t.data()), inputs);
        }
        PackFiles.bytes(dir.resolve("tables.xlsx"), XlsxWriter.write(pack), inputs);
        PackFiles.bytes(dir.resolve("pack.docx"), docx.join(), inputs);
        String html = HtmlReport.render(pack, embed ? name -> dataUri(charts.resolve(name + ".png"))
                : name -> "charts/" + name + ".png");
        PackFiles.text(dir.resolve("summary.md"), MarkdownReport.render(pack, name -> "charts/" + name + ".png"),
                inputs);
        PackFiles.text(dir.resolve("index.html"), html, inputs);
        return files;
    }

    private static String dataUri(Path png) {
        try {
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
