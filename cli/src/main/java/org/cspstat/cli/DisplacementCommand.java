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
        List<String> wanted = new java.util.ArrayList<>(List.of(target, control));
        if (buffer != null) {
            wanted.add(buffer);
        }
        if (controlBuffer != null) {
            wanted.add(controlBuffer);
        }
        for (String place : wanted) {
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
        List<String> notes = new java.util.ArrayList<>();
        Displacement.BeforeAfter b = buffer == null ? Displacement.BeforeAfter.NONE
                : withoutOverlap(d, named, buffer, target, before, after, counts(r, buffer), notes);
        Displacement.BeforeAfter cb = controlBuffer == null ? Displacement.BeforeAfter.NONE
                : withoutOverlap(d, named, controlBuffer, control, before, after, counts(r, controlBuffer), notes);
        if (buffer == null) {
            notes.add("displacement not estimated: no --buffer was given, so the result is the local effect only");
        } else if (b.before() + b.after() == 0) {
            notes.add("displacement cannot be estimated: the buffer '" + buffer + "' has no incidents before or after");
        } else if (controlBuffer == null) {
            notes.add("no --control-buffer: the buffer's change is not compared with a control buffer's, so the "
                    + "displacement term assumes the buffer would not have changed without the work");
        } else if (cb.before() + cb.after() == 0) {
            notes.add("the control buffer '" + controlBuffer + "' has no incidents before or after");
        }
        Displacement w = Displacement.wdd(t, c, b, cb, confidence);
        String text = f.equals("json") ? json(w, notes) : String.format(Locale.ROOT,
                "%s, %s (after) vs %s (before)%n"
                        + "  target  %-20s %5d -> %5d%n  control %-20s %5d -> %5d%n%s%s"
                        + "Weighted displacement difference %.1f (local %.1f, displacement %.1f; standard error %.2f; "
                        + "%.0f%% interval %.1f to %.1f).%n"
                        + "A negative value means the target improved relative to the control%s.%n%sSource: %s%n",
                category, after.label(), before.label(), target, t.before(), t.after(), control, c.before(), c.after(),
                buffer == null ? "" : String.format(Locale.ROOT, "  buffer  %-20s %5d -> %5d%n", buffer, b.before(), b.after()),
                controlBuffer == null ? "" : String.format(Locale.ROOT, "  control buffer %-13s %5d -> %5d%n",
                        controlBuffer, cb.before(), cb.after()),
                w.estimate(), w.local(), w.displacement(), w.standardError(), 100 * confidence, w.lower(), w.upper(),
                buffer == null ? "" : ", allowing for any displacement into the buffer",
                notes.stream().map(n -> "Note: " + n + ".\n").collect(java.util.stream.Collectors.joining()), d.source());
        Output.text(spec.commandLine().getOut(), null, text, data.data);
        return ExitCodes.OK;
    }

    private static String json(Displacement w, List<String> notes) {
        // the result's own members, then the notes of this run
        com.fasterxml.jackson.databind.node.ObjectNode json = org.cspstat.json.CspstatJson.mapper().valueToTree(w);
        json.putPOJO("notes", notes);
        return org.cspstat.json.CspstatJson.write(json);
    }

    /**
     * Refuses a buffer that holds map points of the place it surrounds (its incidents would be
     * counted twice), or with --remove-overlap takes them out of the buffer and says so.
     */
    private Displacement.BeforeAfter withoutOverlap(Dataset d, NamedPlaces named, String ring, String inner,
            Period before, Period after, Displacement.BeforeAfter counts, List<String> notes) {
        org.cspstat.geo.NamedPlace outer = place(named, ring);
        org.cspstat.geo.NamedPlace core = place(named, inner);
        org.cspstat.count.CountStore store = d.counts();
        java.util.Set<Integer> categories = new java.util.HashSet<>();
        for (int k : org.cspstat.compare.CategoryGroups.builtIn().resolve(store, List.of(category)).get(0).categories()) {
            categories.add(k);
        }
        java.util.Set<Integer> shared = new java.util.TreeSet<>();
        List<org.cspstat.count.SnapPoint> points = store.points();
        for (int i = 0; i < points.size(); i++) {
            org.cspstat.count.SnapPoint p = points.get(i);
            String lsoa = p.area() < 0 ? "" : store.areas().get(p.area()).code();
            if (outer.contains(p.lon(), p.lat(), lsoa) && core.contains(p.lon(), p.lat(), lsoa)) {
                shared.add(i);
            }
        }
        long[] overlap = new long[2];
        store.forEachPointCount((cat, month, point, count) -> {
            if (categories.contains(cat) && shared.contains(point)) {
                if (before.contains(month)) {
                    overlap[0] += count;
                } else if (after.contains(month)) {
                    overlap[1] += count;
                }
            }
        });
        if (shared.isEmpty()) {
            return counts;
        }
        String where = String.format(Locale.ROOT, "'%s' overlaps '%s': %,d map point%s (such as '%s') lie in both, with %,d "
                + "incidents before and %,d after", ring, inner, shared.size(), shared.size() == 1 ? "" : "s",
                points.get(shared.iterator().next()).location(), overlap[0], overlap[1]);
        if (!removeOverlap) {
            throw new org.cspstat.error.DataException(places.getFileName().toString(), 0, where
                    + "; they would be counted twice. Draw the buffer as a ring outside the place, or pass "
                    + "--remove-overlap to count them in '" + inner + "' only");
        }
        notes.add(where + "; they are counted in '" + inner + "' only (removed from '" + ring + "')");
        return new Displacement.BeforeAfter(counts.before() - overlap[0], counts.after() - overlap[1]);
    }

    private static org.cspstat.geo.NamedPlace place(NamedPlaces named, String name) {
        return named.places().stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst().orElseThrow();
    }

    private static Displacement.BeforeAfter counts(ComparisonResult r, String place) {
        // a place with no incidents in either period has no row: its counts are zero
        return r.rows().stream().filter(x -> x.area().equalsIgnoreCase(place)).findFirst()
                .map(row -> new Displacement.BeforeAfter(row.previous(), row.current()))
                .orElse(new Displacement.BeforeAfter(0, 0));
    }
}
