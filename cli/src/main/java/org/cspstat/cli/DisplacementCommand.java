package org.cspstat.cli;

import org.cspstat.error.UsageException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cspstat.compare.Comparison;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.compare.Grouping;
import org.cspstat.geo.NamedPlaces;
import org.cspstat.hotspot.Displacement;
import org.cspstat.io.Dataset;
import org.cspstat.io.ProgressListener;
import org.cspstat.period.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cspstat displacement}: did targeted work reduce the problem, or move it next door? */
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
        java.time.YearMonth start;
        try {
            start = java.time.YearMonth.parse(date.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new UsageException("--date: expected YYYY-MM but was '" + date + "'");
        }
        if (months < 1) {
            throw new UsageException("--months must be at least 1");
        }
        NamedPlaces named = NamedPlaces.read(places);
        List<String> names = named.places().stream().map(p -> p.name()).toList();
        for (String place : buffer == null ? List.of(target, control) : List.of(target, control, buffer)) {
            if (names.stream().noneMatch(n -> n.equalsIgnoreCase(place))) {
                throw new UsageException("no place named '" + place + "' in " + places + ": it has "
                        + String.join(", ", names));
            }
        }
        Dataset d = data.load(true, ProgressListener.NONE);
        Period after = Period.of(start, start.plusMonths(months - 1L));
        Period before = Period.of(start.minusMonths(months), start.minusMonths(1));
        ComparisonResult r = Comparison.of(d).current(after).previous(before).by(Grouping.AREA).places(named)
                .issues(List.of(category)).allowGaps(allowGaps).run();
        Displacement.BeforeAfter t = counts(r, target);
        Displacement.BeforeAfter c = counts(r, control);
        Displacement.BeforeAfter b = buffer == null ? Displacement.BeforeAfter.NONE : counts(r, buffer);
        Displacement w = Displacement.wdd(t, c, b, Displacement.BeforeAfter.NONE, confidence);
        String text = f.equals("json") ? w.toJson() : String.format(Locale.ROOT,
                "%s, %s (after) vs %s (before)%n"
                        + "  target  %-20s %5d -> %5d%n  control %-20s %5d -> %5d%n%s"
                        + "Weighted displacement difference %.1f (standard error %.2f; %.0f%% interval %.1f to %.1f).%n"
                        + "A negative value means the target improved relative to the control%s.%nSource: %s%n",
                category, after.label(), before.label(), target, t.before(), t.after(), control, c.before(), c.after(),
                buffer == null ? "" : String.format(Locale.ROOT, "  buffer  %-20s %5d -> %5d%n", buffer, b.before(), b.after()),
                w.estimate(), w.standardError(), 100 * confidence, w.lower(), w.upper(),
                buffer == null ? "" : ", allowing for any displacement into the buffer", d.source());
        Output.text(spec.commandLine().getOut(), null, text, data.data);
        return ExitCodes.OK;
    }

    private static Displacement.BeforeAfter counts(ComparisonResult r, String place) {
        // a place with no incidents in either period has no row: its counts are zero
        return r.rows().stream().filter(x -> x.area().equalsIgnoreCase(place)).findFirst()
                .map(row -> new Displacement.BeforeAfter(row.previous(), row.current()))
                .orElse(new Displacement.BeforeAfter(0, 0));
    }
}
