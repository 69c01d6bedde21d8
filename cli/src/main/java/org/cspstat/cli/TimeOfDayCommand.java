package org.cspstat.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.cspstat.error.DataException;
import org.cspstat.format.TableFormat;
import org.cspstat.io.Dataset;
import org.cspstat.io.ProgressListener;
import org.cspstat.period.Period;
import org.cspstat.timeofday.TimeOfDay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cspstat timeofday}: an issue's incidents by weekday and hour, from exports with times. */
@Command(name = "timeofday", mixinStandardHelpOptions = true,
        description = "Time of day: an issue's incidents in the period by weekday and hour of the day, from exports "
                + "whose dates carry a time (--data FILE --mapping FILE); a date without a time counts as 'time not "
                + "recorded', never as midnight. police.uk publishes the month only, so no time of day for police data.")
final class TimeOfDayCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Mixin
    PeriodOptions periods;

    @Option(names = "--category", defaultValue = "All ASB", paramLabel = "NAME",
            description = "The category or group (default: ${DEFAULT-VALUE})")
    String category;

    @Mixin
    GroupOptions groups;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String format = output.format("text", "csv", "json", "md");
        output.check(data.data);
        Dataset d = data.load(false, false, ProgressListener.NONE);
        if (!d.counts().hasTimesOfDay()) {
            throw DataException.of(data.data.isEmpty() ? "the embedded sample" : String.join(", ",
                    data.data.stream().map(Object::toString).toList()), TimeOfDay.POLICE_MONTH_ONLY
                    + "; give an export whose dates carry a time (--data FILE --mapping FILE)");
        }
        Period current = periods.current(d.counts());
        TimeOfDay t = TimeOfDay.of(d.counts(), groups.groups(), category, current);
        String text = format.equals("json") ? org.cspstat.json.CspstatJson.write(t)
                : format.equals("csv") ? TableFormat.CSV.render(TimeOfDay.columnNames(), t.cells())
                : (format.equals("md") ? "## " : "") + "Time of day: " + t.issue() + ", " + current.label() + " — "
                        + d.area() + "\n\n" + TableFormat.parse(format).render(TimeOfDay.displayNames(), t.displayCells())
                        + "\n" + String.join("\n", lines(t, format)) + "\n" + t.summary() + "\nSource: " + d.source() + "\n";
        output.write(spec.commandLine().getOut(), text, data.data);
        return ExitCodes.OK;
    }

    private static List<String> lines(TimeOfDay t, String format) {
        return format.equals("md") ? t.footnotes().stream().map(l -> "- " + l).toList() : t.footnotes();
    }
}
