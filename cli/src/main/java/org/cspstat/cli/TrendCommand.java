package org.cspstat.cli;

import org.cspstat.error.UsageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cspstat.io.Dataset;
import org.cspstat.io.ProgressListener;
import org.cspstat.period.Period;
import org.cspstat.format.Column;
import org.cspstat.format.Table;
import org.cspstat.format.TableFormat;
import org.cspstat.trend.ControlChart;
import org.cspstat.trend.TrendAnalysis;
import org.cspstat.trend.Trends;
import org.cspstat.table.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cspstat trend}: monthly series, control-chart signals and a projected year-end. */
@Command(name = "trend", mixinStandardHelpOptions = true,
        description = "Monthly series per category with control limits (baseline: the twelve months before the period), "
                + "signals (a point beyond a limit; eight or more in a row on one side of the centre) and a year-end "
                + "projection with a 95%% prediction interval.")
final class TrendCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Mixin
    PeriodOptions periods;

    @Option(names = "--category", paramLabel = "NAME", description = "Only these categories or groups (repeatable)")
    List<String> categories = new ArrayList<>();

    @Mixin
    GroupOptions groups;

    @Option(names = "--chart", defaultValue = "xmr", paramLabel = "KIND",
            description = "xmr (default: limits from month-to-month variation) or c (c-chart: Poisson limits)")
    String chart;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String f = output.format("text", "csv", "json", "md");
        ControlChart.Kind kind = switch (chart.strip().toLowerCase(Locale.ROOT)) {
            case "xmr" -> ControlChart.Kind.XMR;
            case "c", "c-chart" -> ControlChart.Kind.C_CHART;
            default -> throw new UsageException("unknown chart '" + chart + "': expected xmr or c");
        };
        output.check(data.data); // before the work: a refused --out fails at once
        Dataset d = data.load(false, false, ProgressListener.NONE); // totals by category only: no areas needed
        Period period = periods.current(d.counts());
        // the data not covering the period is a data condition (exit 3), not a usage error (issue 15, item 6)
        List<TrendAnalysis> trends = Trends.of(d, period, groups.groups(), categories, kind);
        StringBuilder text = new StringBuilder();
        if (f.equals("json")) {
            text.append(org.cspstat.json.CspstatJson.write(trends));
        } else {
            TableFormat tf = TableFormat.parse(f);
            for (TrendAnalysis t : trends) {
                if (!f.equals("csv")) {
                    text.append(f.equals("md") ? "## " : "").append(t.series().label()).append(" — ")
                            .append(period.label()).append("\n\n");
                }
                Table table = withCategory(t);
                if (!f.equals("csv")) {
                    for (String c : List.of("centre", "upper", "lower")) {
                        table = table.replacing(oneDecimal(table.column(c)));
                    }
                }
                text.append(tf.render(table));
                if (!f.equals("csv")) {
                    text.append('\n');
                    t.limitsUnavailableReason().ifPresent(why -> text.append("No control limits or signals: ")
                            .append(why).append(".\n"));
                    text.append(projection(t)).append("\n\n");
                }
            }
            if (!f.equals("csv")) {
                text.append("Control chart: ").append(kind == ControlChart.Kind.XMR ? "XmR (x̄ ± 2.66·mR̄)"
                        : "c-chart (c̄ ± 3√c̄)").append(", baseline the twelve months before the period. Source: ")
                        .append(d.source()).append('\n');
            }
        }
        output.write(spec.commandLine().getOut(), text.toString(), data.data);
        return ExitCodes.OK;
    }

    private static Table withCategory(TrendAnalysis t) {
        Table table = Tables.of(t);
        return table.withColumn(0, Column.text("category", java.util.Collections.nCopies(table.rowCount(),
                t.series().label())));
    }

    /** A decimal column for people: one decimal place with thousands separators ({@code 1,234.5}), missing empty. */
    private static Column oneDecimal(Column c) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(Locale.ROOT);
        f.setGroupingUsed(true);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        List<String> cells = new java.util.ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) {
            cells.add(c.isMissing(i) ? "" : f.format(c.number(i)));
        }
        return Column.text(c.name(), cells);
    }

    private static String projection(TrendAnalysis t) {
        return t.projection().map(p -> String.format(Locale.ROOT,
                "Projected financial year-end: %,.0f (95%% prediction interval %,d–%,d), from %,d so far over %d months; "
                        + "the interval allows for months moving from year to year (dispersion %.2f, 1 = Poisson only).",
                p.projected(), p.low(), p.high(), p.yearToDate(), p.monthsElapsed(), p.dispersion()))
                .orElse("No year-end projection: " + t.projectionUnavailableReason().orElse("not applicable") + ".");
    }
}
