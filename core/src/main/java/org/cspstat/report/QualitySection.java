package org.cspstat.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cspstat.io.DataQuality;
import org.cspstat.io.Reject;
import org.cspstat.format.Column;
import org.cspstat.format.Table;

/** The account of every row read, so a reader can judge the data behind the pack. */
final class QualitySection {
    private QualitySection() {
    }

    static ReportSection of(DataQuality q, String source, String area) {
        List<String> points = new ArrayList<>();
        points.add("Data: " + source + ". Area: " + area + ".");
        points.add(String.format(Locale.ROOT, "%,d rows read: %,d accepted, %,d outside the area, %,d rejected "
                + "(read = accepted + outside + rejected).", q.rowsRead(), q.accepted(), q.outsideArea(), q.rejected()));
        points.add(String.format(Locale.ROOT, "%,d rows without a location (in totals, in no area); %,d repeated "
                + "Crime IDs.", q.noLocation(), q.duplicateIds()));
        points.add("Months with data: " + (q.months().isEmpty() ? "none" : q.months().first() + " to "
                + q.months().last() + " (" + q.months().size() + ")") + ". Gaps: " + (q.gaps().isEmpty() ? "none"
                : String.join(", ", q.gaps().stream().map(YearMonth::toString).toList())) + ".");
        q.rejectedByReason().forEach((reason, n) -> points.add(String.format(Locale.ROOT, "Rejected %,d: %s", n, reason)));
        for (Reject r : q.rejects()) {
            points.add("Example reject: " + r.file() + ":" + r.line() + ": " + r.reason());
        }
        q.notes().forEach(n -> points.add("Passed over: " + n));
        Table months = Table.of("months",
                Column.text("month", q.monthTotals().keySet().stream().map(YearMonth::toString)),
                Column.integers("accepted", q.monthTotals().values().stream().mapToLong(Long::longValue).toArray()));
        return new ReportSection("quality", "Data quality", List.of(), points, List.of(),
                List.of(new ReportTable("rows-per-month", "Accepted rows per month", months, months)));
    }
}
