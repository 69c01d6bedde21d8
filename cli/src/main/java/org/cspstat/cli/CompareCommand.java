package org.cspstat.cli;

import org.cspstat.source.SourceBreakdown;
import org.cspstat.harm.HarmTable;
import org.cspstat.harm.HarmWeights;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cspstat.compare.AreaLevel;
import org.cspstat.compare.CategoryGroups;
import org.cspstat.compare.Comparison;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.compare.Grouping;
import org.cspstat.compare.Population;
import java.nio.file.Path;
import org.cspstat.io.Dataset;
import org.cspstat.io.ProgressListener;
import org.cspstat.period.Period;
import org.cspstat.format.Table;
import org.cspstat.format.TableFormat;
import org.cspstat.stats.MultipleComparisons;
import org.cspstat.table.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cspstat compare}: year-on-year change by category and area, with exact tests. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare a period with the same months a year earlier (or any previous period), by category, "
                + "area or both, with exact rate-ratio tests (R's poisson.test) adjusted across the table.")
final class CompareCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Mixin
    PeriodOptions periods;

    @Option(names = "--by", defaultValue = "category", paramLabel = "WHAT",
            description = "category (default), area, or category,area")
    String by;

    @Option(names = "--area-level", paramLabel = "LEVEL",
            description = "lsoa, ward or district for area rows (ward needs --lookup; district without one comes from LSOA names; "
                    + "default ward when a lookup is given, else lsoa)")
    String areaLevel;

    @Mixin
    GroupOptions groups;

    @Option(names = "--category", paramLabel = "NAME",
            description = "Only these categories or groups (repeatable); with --by area, default All crime")
    List<String> categories = new ArrayList<>();

    @Option(names = "--population", paramLabel = "FILE",
            description = "Residents by area (CSV code,residents): exposure becomes person-time and rows show rates "
                    + "per 1,000 residents a year; without it, ward and district rows show counts per LSOA "
                    + "(a proxy for residents; no population file)")
    Path population;

    @Option(names = "--adjust", defaultValue = "holm", paramLabel = "METHOD",
            description = "p-value adjustment across the table: holm (default), bh or none")
    String adjust;

    @Option(names = "--harm",
            description = "Add harm-weighted totals (Cambridge Crime Harm Index days, illustrative bundled weights) "
                    + "with the harm-weighted change and its 95%% interval: columns in csv, a table in text, \"harm\" in json")
    boolean harm;

    @Option(names = "--harm-weights", paramLabel = "FILE",
            description = "Harm weights CSV (category,days) replacing the bundled days of the categories it names; implies --harm")
    Path harmWeights;

    @Option(names = "--by-source",
            description = "Each issue split by source (police.uk, each mapped export): with several --data sources, "
                    + "the issues that more than one reports (such as All ASB) and the flag categories (domestic abuse, "
                    + "hate crime), or the --category ones")
    boolean bySource;

    @Option(names = "--suppress", paramLabel = "N",
            description = "Disclosure control for area rows: counts from 1 to N-1 shown as \"<N\" (csv and text), "
                    + "null with \"suppressed\": true (json), and what would reveal them (change, %% change, rate "
                    + "ratio, p, rates) left out; category totals are not suppressed")
    Integer suppress;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String format = output.format("text", "csv", "json", "md");
        // by category alone, counts by area are never looked at: loading without them is faster
        boolean areas = Grouping.parse(by).hasArea() || population != null;
        output.check(data.data); // before the work: a refused --out fails at once
        Dataset d = data.load(false, areas, ProgressListener.NONE);
        ComparisonResult r = run(d, periods, by, areaLevel, groups.groups(), categories, adjust,
                population == null ? null : Population.read(population));
        if (bySource) {
            SourceBreakdown b = SourceBreakdown.of(d, r.current(), r.previous(), groups.groups(), categories);
            String out = format.equals("json") ? org.cspstat.json.CspstatJson.write(b)
                    : format.equals("csv") ? TableFormat.CSV.render(b.columnNames(), b.cells())
                    : heading(r, d, format) + TableFormat.parse(format).render(b.displayNames(), b.displayCells())
                            + "\nSource: " + r.source() + "\n";
            output.write(spec.commandLine().getOut(), out, data.data);
            return ExitCodes.OK;
        }
        HarmTable harmTable = harm || harmWeights != null ? harm(d, r) : null;
        String text;
        int below = SuppressOption.threshold(suppress);
        if (below >= 2 && r.grouping().hasArea()) {
            // disclosure control applies to rows at area level; totals by category are never suppressed
            text = format.equals("json") ? SuppressedJson.rows(org.cspstat.json.CspstatJson.write(r), below)
                    : format.equals("csv") ? TableFormat.CSV.render(Tables.of(r).columnNames(),
                            org.cspstat.report.Disclosure.suppressRows(Tables.of(r).columnNames(), Tables.of(r).cells(),
                                    below))
                    : heading(r, d, format) + TableFormat.parse(format).render(org.cspstat.report.Disclosure
                            .suppressDisplay(Tables.display(r), Tables.of(r).columnNames(), Tables.of(r).cells(), below))
                            + footnote(r) + "Counts from 1 to " + (below - 1) + " are shown as <" + below + ".\n";
        } else if (harmTable == null) {
            text = format.equals("json") ? org.cspstat.json.CspstatJson.write(r)
                    : format.equals("csv") ? TableFormat.CSV.render(Tables.of(r))
                    : heading(r, d, format) + TableFormat.parse(format).render(Tables.display(r)) + footnote(r)
                            + sources(d, r, format);
        } else if (format.equals("json")) {
            java.util.Map<String, Object> both = new java.util.LinkedHashMap<>();
            both.put("comparison", r);
            both.put("harm", harmTable);
            text = org.cspstat.json.CspstatJson.write(both);
        } else if (format.equals("csv")) {
            Table t = Tables.of(r);
            text = TableFormat.CSV.render(withHarm(t.columnNames(), t.cells(), harmTable), withHarmCells(t.cells(), harmTable));
        } else {
            text = heading(r, d, format) + TableFormat.parse(format).render(Tables.display(r)) + footnote(r)
                    + sources(d, r, format) + (format.equals("md") ? "\n### " : "\n") + "Harm-weighted ("
                    + harmTable.weights().source() + ")\n\n"
                    + TableFormat.parse(format).render(harmTable.displayNames(), harmTable.displayCells());
        }
        output.write(spec.commandLine().getOut(), text, data.data);
        return ExitCodes.OK;
    }

    static ComparisonResult run(Dataset d, PeriodOptions periods, String by, String areaLevel, CategoryGroups groups,
            List<String> categories, String adjust, Population population) {
        Period current = periods.current(d.counts());
        AreaLevel level = Formats.areaLevel(areaLevel, d);
        return Comparison.of(d)
                .current(current)
                .previous(periods.previous(current))
                .by(Grouping.parse(by))
                .areaLevel(level)
                .groups(groups)
                .issues(categories)
                .adjustment(MultipleComparisons.parse(adjust))
                .allowGaps(periods.allowGaps)
                .population(population)
                .run();
    }

    private static String heading(ComparisonResult r, Dataset d, String format) {
        StringBuilder notes = new StringBuilder();
        for (String note : r.notes()) {
            notes.append(format.equals("md") ? "> " : "(!) ").append(note).append("\n");
        }
        if (notes.length() > 0) {
            notes.append("\n");
        }
        if (format.equals("md")) {
            return "## " + r.title() + "\n\n" + notes;
        }
        return r.title() + " — " + d.area() + "\n\n" + notes;
    }

    private HarmTable harm(Dataset d, ComparisonResult r) {
        if (r.grouping().hasArea()) {
            throw new org.cspstat.error.UsageException("--harm is for comparisons by category: drop --by area");
        }
        HarmWeights w = harmWeights == null ? HarmWeights.bundled() : HarmWeights.read(harmWeights);
        return HarmTable.of(d.counts(), groups.groups(), w, r.current(), r.previous());
    }

    private static List<String> withHarm(List<String> names, List<List<String>> cells, HarmTable h) {
        List<String> out = new ArrayList<>(names);
        out.addAll(HarmTable.columnNames().subList(1, HarmTable.columnNames().size()));
        return out;
    }

    /** Each comparison row with its issue's harm columns, empty for an issue without harm. */
    private static List<List<String>> withHarmCells(List<List<String>> cells, HarmTable h) {
        java.util.Map<String, List<String>> byIssue = new java.util.HashMap<>();
        for (List<String> row : h.cells()) {
            byIssue.put(row.get(0), row.subList(1, row.size()));
        }
        List<String> none = java.util.Collections.nCopies(HarmTable.columnNames().size() - 1, "");
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : cells) {
            List<String> joined = new ArrayList<>(row);
            joined.addAll(byIssue.getOrDefault(row.get(0), none));
            out.add(joined);
        }
        return out;
    }

    /** With several sources, the text table is followed by the issues split by source. */
    private String sources(Dataset d, ComparisonResult r, String format) {
        if (!d.hasSeveralSources() || r.grouping().hasArea()) {
            return "";
        }
        SourceBreakdown b = SourceBreakdown.of(d, r.current(), r.previous(), groups.groups(), List.of());
        return (format.equals("md") ? "\n### By source\n\n" : "\nBy source\n\n")
                + TableFormat.parse(format).render(b.displayNames(), b.displayCells());
    }

    private String footnote(ComparisonResult r) {
        String warning = r.rows().stream().map(x -> x.warning()).filter(w -> !w.isEmpty()).findFirst()
                .map(w -> "(!) " + w + "\n").orElse("");
        return "\n" + r.methodLine() + "\n" + warning + "Source: " + r.source() + "\n";
    }
}
