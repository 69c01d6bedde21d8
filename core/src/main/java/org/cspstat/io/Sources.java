package org.cspstat.io;

import java.time.YearMonth;
import org.cspstat.error.DataException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cspstat.count.CountStore;
import org.cspstat.count.CountStoreBuilder;

/**
 * Sums several sources into one dataset. A month counts as data only when every source has
 * data for it: a month one source lacks (a gap in it, or a month before it starts or after it
 * ends while another source has data) is a gap of the sum, since an issue such as All ASB that
 * spans sources would be short by that source's share. The account is the sum of the sources'
 * accounts, so it reconciles when each does.
 */
final class Sources {
    private Sources() {
    }

    static Dataset combine(List<SourceCounts> parts, LoadOptions options, String sourceLine, String areaLine) {
        YearMonth first = null;
        YearMonth last = null;
        SortedSet<YearMonth> all = new TreeSet<>();
        for (SourceCounts p : parts) {
            SortedSet<YearMonth> m = p.quality().months();
            all.addAll(m);
            first = first == null || m.first().isAfter(first) ? m.first() : first;
            last = last == null || m.last().isBefore(last) ? m.last() : last;
        }
        if (first.isAfter(last)) {
            List<String> spans = new ArrayList<>();
            for (SourceCounts p : parts) {
                spans.add(p.name() + " " + span(p.quality().months()));
            }
            throw DataException.of(String.join(", ", options.data().stream().map(Object::toString).toList()),
                    "the sources share no month (" + String.join("; ", spans) + "): they cannot be summed");
        }
        SortedSet<YearMonth> gaps = new TreeSet<>();
        for (YearMonth ym = all.first(); !ym.isAfter(all.last()); ym = ym.plusMonths(1)) {
            for (SourceCounts p : parts) {
                if (!p.quality().months().contains(ym)) {
                    gaps.add(ym);
                }
            }
        }
        SortedSet<YearMonth> months = new TreeSet<>(all);
        months.removeAll(gaps);
        List<String> notes = new ArrayList<>();
        boolean sameSpan = parts.stream().allMatch(p -> p.quality().months().equals(all));
        if (!sameSpan) {
            List<String> spans = new ArrayList<>();
            for (SourceCounts p : parts) {
                spans.add(p.name() + " " + span(p.quality().months()));
            }
            notes.add("sources cover different months (" + String.join("; ", spans)
                    + "): a month without data from every source is a gap of the sum");
        }
        CountStoreBuilder builder = new CountStoreBuilder(options.positions(), options.areas());
        long rowsRead = 0;
        long accepted = 0;
        long outside = 0;
        long noLocation = 0;
        long duplicates = 0;
        long rejected = 0;
        SortedMap<String, Long> byReason = new TreeMap<>();
        List<Reject> rejects = new ArrayList<>();
        SortedMap<YearMonth, Long> monthTotals = new TreeMap<>();
        for (SourceCounts p : parts) {
            builder.addAll(p.counts());
            DataQuality q = p.quality();
            rowsRead += q.rowsRead();
            accepted += q.accepted();
            outside += q.outsideArea();
            noLocation += q.noLocation();
            duplicates += q.duplicateIds();
            rejected += q.rejected();
            q.rejectedByReason().forEach((k, v) -> byReason.merge(k, v, Long::sum));
            for (Reject r : q.rejects()) {
                if (rejects.size() < DataQuality.MAX_EXAMPLES) {
                    rejects.add(r);
                }
            }
            q.monthTotals().forEach((k, v) -> monthTotals.merge(k, v, Long::sum));
            for (String n : q.notes()) {
                notes.add(n);
            }
        }
        DataQuality quality = new DataQuality(rowsRead, accepted, outside, noLocation, duplicates, rejected, byReason,
                rejects, months, gaps, monthTotals, notes);
        CountStore store = builder.build(months, gaps);
        return new Dataset(store, quality, sourceLine, areaLine, options.lookup(), parts);
    }

    private static String span(SortedSet<YearMonth> months) {
        return months.first() + " to " + months.last();
    }
}
