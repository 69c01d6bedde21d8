package org.cspstat.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cspstat.error.UsageException;
import org.cspstat.geo.NamedPlaces;
import org.cspstat.hotspot.Displacement;
import org.cspstat.hotspot.DisplacementStudy;
import org.cspstat.io.Dataset;
import org.cspstat.io.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cspstat displacement}: did targeted work reduce the problem, or move it next door? The
 * workflow is core's {@link DisplacementStudy}; this command parses the options and renders the result.
 */
@Command(name = "displacement", mixinStandardHelpOptions = true,
        description = "Weighted displacement difference (Wheeler & Ratcliffe 2018) for a target area, an optional "
                + "surrounding buffer and a control area, before and after an intervention month; "
                + "the areas are named places from --places.")
final class DisplacementCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--places", required = true, paramLabel = "FILE", description = "Named places file (name,kind,value)")
    Path places;

    @Option(names = "--target", required = true, paramLabel = "NAME", description = "The place the work targeted")
    String target;

    @Option(names = "--buffer", paramLabel = "NAME", description = "The place around the target, where crime might move")
    String buffer;

    @Option(names = "--control", required = true, paramLabel = "NAME", description = "A comparable place without the work")
    String control;

    @Option(names = "--control-buffer", paramLabel = "NAME",
            description = "The place around the control (the full WDD of Wheeler & Ratcliffe 2018 compares the buffer's "
                    + "change with it)")
    String controlBuffer;

    @Option(names = "--remove-overlap", description = "When a buffer contains map points of its target (or a control "
            + "buffer of its control), count those incidents in the target only instead of refusing")
    boolean removeOverlap;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM", description = "The first month of the intervention")
    String date;

    @Option(names = "--months", defaultValue = "6", paramLabel = "N",
            description = "Months before and after compared (default: ${DEFAULT-VALUE})")
    int months;

    @Option(names = "--category", defaultValue = "All crime", paramLabel = "NAME", description = "Category or group")
    String category;

    @Option(names = "--confidence", defaultValue = "0.90", paramLabel = "LEVEL",
            description = "Confidence level of the interval (default: ${DEFAULT-VALUE}, as ptools::wdd)")
    double confidence;

    @Option(names = "--allow-gaps", description = "Compare even when a period includes months without data")
    boolean allowGaps;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String f = Formats.check(format, "text", "json");
        YearMonth start;
        try {
            start = YearMonth.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("--date: expected YYYY-MM but was '" + date + "'");
        }
        if (months < 1) {
            throw new UsageException("--months must be at least 1");
        }
        DisplacementStudy study = DisplacementStudy.of(NamedPlaces.read(places)).placesName(places.toString())
                .target(target).buffer(buffer).control(control).controlBuffer(controlBuffer).start(start)
                .months(months).category(category).confidence(confidence).allowGaps(allowGaps)
                .removeOverlap(removeOverlap).check();
        Dataset d = data.load(true, ProgressListener.NONE);
        DisplacementStudy.Result r = study.run(d);
        Displacement w = r.result();
        Displacement.BeforeAfter t = r.target().counts();
        Displacement.BeforeAfter c = r.control().counts();
        Displacement.BeforeAfter b = r.buffer() == null ? Displacement.BeforeAfter.NONE : r.buffer().counts();
        Displacement.BeforeAfter cb = r.controlBuffer() == null ? Displacement.BeforeAfter.NONE
                : r.controlBuffer().counts();
        String text = f.equals("json") ? json(w, r.notes()) : String.format(Locale.ROOT,
                "%s, %s (after) vs %s (before)%n"
                        + "  target  %-20s %5d -> %5d%n  control %-20s %5d -> %5d%n%s%s"
                        + "Weighted displacement difference %.1f (local %.1f, displacement %.1f; standard error %.2f; "
                        + "%.0f%% interval %.1f to %.1f).%n"
                        + "A negative value means the target improved relative to the control%s.%n%sSource: %s%n",
                category, r.after().label(), r.before().label(), target, t.before(), t.after(), control, c.before(),
                c.after(),
                buffer == null ? "" : String.format(Locale.ROOT, "  buffer  %-20s %5d -> %5d%n", buffer, b.before(), b.after()),
                controlBuffer == null ? "" : String.format(Locale.ROOT, "  control buffer %-13s %5d -> %5d%n",
                        controlBuffer, cb.before(), cb.after()),
                w.estimate(), w.local(), w.displacement(), w.standardError(), 100 * confidence, w.lower(), w.upper(),
                buffer == null ? "" : ", allowing for any displacement into the buffer",
                r.notes().stream().map(n -> "Note: " + n + ".\n").collect(Collectors.joining()), d.source());
        Output.text(spec.commandLine().getOut(), null, text, data.data);
        return ExitCodes.OK;
    }

    private static String json(Displacement w, List<String> notes) {
        // the result's own members, then the notes of this run
        com.fasterxml.jackson.databind.node.ObjectNode json = org.cspstat.json.CspstatJson.mapper().valueToTree(w);
        json.putPOJO("notes", notes);
        return org.cspstat.json.CspstatJson.write(json);
    }
}
