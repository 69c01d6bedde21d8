package org.cspstat.source;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cspstat.compare.CategoryGroups;
import org.cspstat.compare.Issue;
import org.cspstat.count.CountStore;
import org.cspstat.io.Dataset;
import org.cspstat.io.SourceCounts;
import org.cspstat.model.CategoryKind;
import org.cspstat.period.Period;

/**
 * Each issue's count split by source, for a dataset that sums several (see
 * {@code LoadOptions.mappings}): for {@code All ASB} over police.uk and a council export, how
 * many incidents each reported in the current and the previous period. The rows of one issue add
 * up to the issue's count in the comparison of the summed data.
 *
 * <pre>{@code
 * SourceBreakdown b = SourceBreakdown.of(dataset, current, previous, CategoryGroups.builtIn(), List.of("All ASB"));
 * }</pre>
 *
 * @param current the current period
 * @param previous the previous period
 * @param rows one row per issue and source, issues in table order, sources in load order
 */
public record SourceBreakdown(Period current, Period previous, List<Row> rows) {
    // validates the components.
    public SourceBreakdown {
        requireNonNull(current, "current must not be null");
        requireNonNull(previous, "previous must not be null");
        rows = List.copyOf(rows);
    }

    /**
     * One issue's count from one source.
     *
     * @param issue the issue, such as {@code All ASB}
     * @param source the source's name
     * @param current incidents in the current period
     * @param previous incidents in the previous period
     * @param share this source's share of the issue's current count (0–1; NaN when the issue has none)
     */
    public record Row(String issue, String source, long current, long previous, double share) {
        /** @return {@code current - previous} */
        public long change() {
            return current - previous;
        }

        /** @return the percentage change, NaN when previous is 0 */
        public double percentChange() {
            return previous == 0 ? Double.NaN : 100.0 * (current - previous) / previous;
        }
    }

    /**
     * Splits issues by source.
     *
     * @param dataset the summed data, with its sources
     * @param current the current period
     * @param previous the previous period
     * @param groups the groups the comparison used
     * @param issues the issues to split, by name; empty for every issue that has counts from more
     *     than one source and every flag category (domestic abuse, hate crime) with counts when the data
     *     has several sources, or else for the built-in groups
     * @return the breakdown
     */
    public static SourceBreakdown of(Dataset dataset, Period current, Period previous, CategoryGroups groups,
            List<String> issues) {
        CountStore all = dataset.counts();
        List<Issue> resolved = issues.isEmpty() ? groups.resolve(all) : groups.resolve(all, issues);
        List<Row> rows = new ArrayList<>();
        List<Row> builtIn = new ArrayList<>();
        for (Issue issue : resolved) {
            Set<String> names = new LinkedHashSet<>();
            for (int id : issue.categories()) {
                names.add(all.categories().get(id).name());
            }
            List<long[]> counts = new ArrayList<>();
            long total = 0;
            int contributing = 0;
            for (SourceCounts s : dataset.sources()) {
                long[] c = {sum(s.counts(), names, current), sum(s.counts(), names, previous)};
                counts.add(c);
                total += c[0];
                contributing += c[0] + c[1] > 0 ? 1 : 0;
            }
            List<Row> issueRows = new ArrayList<>();
            for (int i = 0; i < counts.size(); i++) {
                long[] c = counts.get(i);
                issueRows.add(new Row(issue.name(), dataset.sources().get(i).name(), c[0], c[1],
                        total == 0 ? Double.NaN : (double) c[0] / total));
            }
            // a flag category (domestic abuse, hate crime, knife crime) is split whenever the data has several
            // sources: police.uk publishes no flags, so its split says which source records it
            boolean flag = issue.kind() == Issue.Kind.CATEGORY && issue.categories().length == 1
                    && all.categories().get(issue.categories()[0]).kind() == CategoryKind.FLAG;
            if (!issues.isEmpty() || contributing > 1 || (flag && contributing > 0 && dataset.hasSeveralSources())) {
                rows.addAll(issueRows);
            } else if (issue.kind() == Issue.Kind.BUILT_IN_GROUP) {
                builtIn.addAll(issueRows);
            }
        }
        return new SourceBreakdown(current, previous, rows.isEmpty() ? builtIn : rows);
    }

    private static long sum(CountStore store, Set<String> names, Period period) {
        long n = 0;
        for (String name : names) {
            int id = store.categoryId(name).orElse(-1);
            if (id < 0) {
                continue;
            }
            for (var month : period.months()) {
                n += store.total(id, month);
            }
        }
        return n;
    }

    /** @return the column names of {@link #cells()} */
    public List<String> columnNames() {
        return List.of("issue", "source", "current", "previous", "change", "percent_change", "share_of_issue");
    }

    /** @return the rows as text cells (numbers plain, for CSV) */
    public List<List<String>> cells() {
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(List.of(r.issue(), r.source(), Long.toString(r.current()), Long.toString(r.previous()),
                    Long.toString(r.change()), plain(r.percentChange()), plain(r.share())));
        }
        return out;
    }

    /** @return the rows as display cells: counts with separators, change and share as percentages */
    public List<List<String>> displayCells() {
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(List.of(r.issue(), r.source(), String.format(Locale.ROOT, "%,d", r.current()),
                    String.format(Locale.ROOT, "%,d", r.previous()), String.format(Locale.ROOT, "%+,d", r.change()),
                    Double.isNaN(r.percentChange()) ? "–" : String.format(Locale.ROOT, "%+.1f%%", r.percentChange()),
                    Double.isNaN(r.share()) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * r.share())));
        }
        return out;
    }

    /** @return the display column names, with the periods */
    public List<String> displayNames() {
        return List.of("Issue", "Source", current.monthsLabel(), previous.monthsLabel(), "Change", "% change",
                "Share of issue");
    }

    private static String plain(double v) {
        return Double.isNaN(v) ? "" : org.cspstat.format.TableFormat.plainNumber(v);
    }
}
