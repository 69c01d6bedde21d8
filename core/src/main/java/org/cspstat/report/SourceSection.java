package org.cspstat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cspstat.compare.CategoryGroups;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.io.Dataset;
import org.cspstat.io.SourceCounts;
import org.cspstat.source.SourceBreakdown;

/** Where the counts come from, when the pack sums several sources: each issue split by source. */
final class SourceSection {
    private SourceSection() {
    }

    /** @return the section, or null when the data has one source */
    static ReportSection of(Dataset data, ComparisonResult byCategory) {
        if (!data.hasSeveralSources()) {
            return null;
        }
        SourceBreakdown b = SourceBreakdown.of(data, byCategory.current(), byCategory.previous(),
                CategoryGroups.builtIn(), List.of());
        List<String> names = new ArrayList<>();
        for (SourceCounts s : data.sources()) {
            names.add(s.name() + " (" + String.format(Locale.ROOT, "%,d", s.quality().accepted()) + " rows)");
        }
        List<String> points = new ArrayList<>();
        for (SourceBreakdown.Row r : b.rows()) {
            if (r.current() + r.previous() > 0) {
                points.add(String.format(Locale.ROOT, "%s from %s: %,d against %,d%s, %s of the issue.", r.issue(),
                        r.source(), r.current(), r.previous(), Double.isNaN(r.percentChange()) ? ""
                                : String.format(Locale.ROOT, " (%+.1f%%)", r.percentChange()),
                        Double.isNaN(r.share()) ? "none" : String.format(Locale.ROOT, "%.1f%%", 100 * r.share())));
            }
        }
        return new ReportSection("sources", "Sources: what each contributes", List.of("This pack sums "
                + data.sources().size() + " sources: " + String.join("; ", names) + ". An issue reported by more "
                + "than one (such as All ASB from police and council), and each flag category (domestic abuse, hate "
                + "crime: police.uk publishes no flags), is split by source below; a month without data from every "
                + "source is a gap of the sum."), points, List.of(),
                List.of(SimpleTables.table("by-source", byCategory.title() + ", issues by source", b.displayNames(),
                        b.displayCells(), b.columnNames(), b.cells())));
    }
}
