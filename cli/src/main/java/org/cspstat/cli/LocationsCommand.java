package org.cspstat.cli;

import org.cspstat.report.Disclosure;

import java.util.concurrent.Callable;
import org.cspstat.format.TableFormat;
import org.cspstat.io.Dataset;
import org.cspstat.io.ProgressListener;
import org.cspstat.period.Period;
import org.cspstat.place.RepeatLocations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cspstat locations}: the repeat locations of an issue. */
@Command(name = "locations", mixinStandardHelpOptions = true,
        description = "Repeat locations: the places (police.uk snap points, or a mapped export's addresses) with the "
                + "most incidents in the period, their count a year earlier, and the share at the ten busiest.")
final class LocationsCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Mixin
    PeriodOptions periods;

    @Option(names = "--category", defaultValue = "All crime", paramLabel = "NAME",
            description = "The category or group (default: ${DEFAULT-VALUE})")
    String category;

    @Option(names = "--top", defaultValue = "20", paramLabel = "N", description = "How many locations (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--suppress", paramLabel = "N",
            description = "Disclosure control: counts from 1 to N-1 shown as \"<N\" (csv and text), null with "
                    + "\"suppressed\": true (json), and the change left out")
    Integer suppress;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String format = output.format("text", "csv", "json", "md");
        if (top < 1) {
            throw new org.cspstat.error.UsageException("--top must be at least 1");
        }
        Dataset d = data.load(true, ProgressListener.NONE);
        Period current = periods.current(d.counts());
        RepeatLocations r = RepeatLocations.of(d.counts(), category, current, periods.previous(current), d.lookup(), top);
        int below = SuppressOption.threshold(suppress);
        String json = format.equals("json") ? org.cspstat.json.CspstatJson.write(r) : null;
        String text = format.equals("json") ? (below >= 2 ? SuppressedJson.rows(json, below) : json)
                : format.equals("csv") ? TableFormat.CSV.render(RepeatLocations.columnNames(),
                        Disclosure.suppressRows(RepeatLocations.columnNames(), r.cells(), below))
                : (format.equals("md") ? "## " : "") + "Repeat locations: " + r.issue() + ", " + current.label()
                        + " — " + d.area() + "\n\n" + TableFormat.parse(format).render(r.displayNames(),
                                Disclosure.suppressDisplayRows(r.displayNames(), r.displayCells(),
                                        RepeatLocations.columnNames(), r.cells(), below))
                        + "\n" + r.summary() + "\nSource: " + d.source() + "\n";
        output.write(spec.commandLine().getOut(), text, data.data);
        return ExitCodes.OK;
    }
}
