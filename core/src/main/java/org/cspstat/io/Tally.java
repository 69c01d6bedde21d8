package org.cspstat.io;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The running account of one source: merged into a {@link DataQuality} at the end of a load. */
final class Tally {
    final String root;
    long rowsRead;
    long accepted;
    long outsideArea;
    long noLocation;
    long duplicateIds;
    long rejected;
    final Map<String, Long> byReason = new TreeMap<>();
    final List<Reject> examples = new ArrayList<>();
    final SortedSet<YearMonth> monthsRead = new TreeSet<>();
    final Map<YearMonth, Long> monthTotals = new TreeMap<>();

    /** The month of the latest rows, and how many were accepted but not yet added to {@link #monthTotals}. */
    private YearMonth pendingMonth;
    private long pending;
    private YearMonth lastSeen;

    Tally(String root) {
        this.root = root;
    }

    /** Notes a month that has data; cheap when the month repeats, as it does row after row in police.uk files. */
    void monthSeen(YearMonth month) {
        if (!month.equals(lastSeen)) {
            monthsRead.add(month);
            lastSeen = month;
        }
    }

    /** Counts an accepted row in its month's total, without a map update per row. */
    void acceptedIn(YearMonth month) {
        if (!month.equals(pendingMonth)) {
            flushMonth();
            pendingMonth = month;
        }
        pending++;
    }

    private void flushMonth() {
        if (pending > 0) {
            monthTotals.merge(pendingMonth, pending, Long::sum);
        }
        pending = 0;
    }

    /**
     * Adds the account of one piece of a split file (see {@link SplitFile}), in file order.
     *
     * @param piece the piece's tally, whose reject lines count from 1 at the piece's first line
     * @param lineOffset the lines of the file before the piece
     */
    void add(Tally piece, long lineOffset) {
        piece.flushMonth();
        rowsRead += piece.rowsRead;
        accepted += piece.accepted;
        outsideArea += piece.outsideArea;
        noLocation += piece.noLocation;
        duplicateIds += piece.duplicateIds;
        rejected += piece.rejected;
        piece.byReason.forEach((k, v) -> byReason.merge(k, v, Long::sum));
        for (Reject r : piece.examples) {
            if (examples.size() < DataQuality.MAX_EXAMPLES) {
                examples.add(new Reject(r.file(), r.line() + lineOffset, r.reason()));
            }
        }
        monthsRead.addAll(piece.monthsRead);
        piece.monthTotals.forEach((k, v) -> monthTotals.merge(k, v, Long::sum));
    }

    void reject(String file, long line, String kind, String reason) {
        rejected++;
        byReason.merge(kind, 1L, Long::sum);
        if (examples.size() < DataQuality.MAX_EXAMPLES) {
            examples.add(new Reject(file, line, reason));
        }
    }

    /** Rejects many rows for one reason, keeping one example (a file whose header is unusable). */
    void rejectAll(String file, long line, String kind, String reason, long rows) {
        rejected += rows;
        rowsRead += rows;
        if (rows > 0) {
            byReason.merge(kind, rows, Long::sum);
        }
        if (examples.size() < DataQuality.MAX_EXAMPLES) {
            examples.add(new Reject(file, line, reason + (rows == 1 ? " (1 row)" : " (" + rows + " rows)")));
        }
    }

    /** Merges tallies (in source order) into the load's account. */
    static DataQuality merge(List<Tally> tallies, List<String> notes) {
        Tally all = new Tally("");
        Map<String, SortedSet<YearMonth>> monthsByRoot = new TreeMap<>();
        for (Tally t : tallies) {
            all.add(t, 0);
            monthsByRoot.computeIfAbsent(t.root, k -> new TreeSet<>()).addAll(t.monthsRead);
        }
        SortedSet<YearMonth> months = all.monthsRead;
        SortedSet<YearMonth> gaps = new TreeSet<>();
        for (SortedSet<YearMonth> m : monthsByRoot.values()) {
            if (m.isEmpty()) {
                continue;
            }
            for (YearMonth ym = m.first(); ym.isBefore(m.last()); ym = ym.plusMonths(1)) {
                if (!m.contains(ym) && !months.contains(ym)) {
                    gaps.add(ym);
                }
            }
        }
        return new DataQuality(all.rowsRead, all.accepted, all.outsideArea, all.noLocation, all.duplicateIds,
                all.rejected, new TreeMap<>(all.byReason), all.examples, months, gaps, new TreeMap<>(all.monthTotals),
                notes);
    }
}
