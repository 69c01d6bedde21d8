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

    /** The first month the fast path counts by index ({@code year * 12 + month - 1}): 1900-01. */
    static final int FIRST_INDEX = 1900 * 12;
    /** Months the fast path counts by index, 1900-01 to 2199-12; it leaves rows of other months to the plain path. */
    static final int INDEXED_MONTHS = 300 * 12;

    /**
     * The fast path's rows read and accepted by month index less {@link #FIRST_INDEX}: an array
     * increment per row, with no branch for a change of month that the JIT would compile away and
     * then have to undo; folded into {@link #monthsRead} and {@link #monthTotals} by
     * {@link #foldMonths}. Null until {@link #indexMonths} is called.
     */
    private long[] readByIndex;
    private long[] acceptedByIndex;

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

    /** Prepares the counts by month index, for {@link #seenIn(int)} and {@link #acceptedIn(int)}. */
    void indexMonths() {
        if (readByIndex == null) {
            readByIndex = new long[INDEXED_MONTHS];
            acceptedByIndex = new long[INDEXED_MONTHS];
        }
    }

    /** Notes a row read for a month given by index, within the indexed range ({@link #indexMonths} first). */
    void seenIn(int monthIndex) {
        readByIndex[monthIndex - FIRST_INDEX]++;
    }

    /** Counts an accepted row in a month given by index, within the indexed range ({@link #indexMonths} first). */
    void acceptedIn(int monthIndex) {
        acceptedByIndex[monthIndex - FIRST_INDEX]++;
    }

    /** Moves the counts by month index into the maps, and frees them: at the end of a source. */
    void foldMonths() {
        flushMonth();
        if (readByIndex == null) {
            return;
        }
        for (int i = 0; i < INDEXED_MONTHS; i++) {
            if (readByIndex[i] > 0 || acceptedByIndex[i] > 0) {
                YearMonth m = YearMonth.of((FIRST_INDEX + i) / 12, (FIRST_INDEX + i) % 12 + 1);
                monthsRead.add(m);
                if (acceptedByIndex[i] > 0) {
                    monthTotals.merge(m, acceptedByIndex[i], Long::sum);
                }
            }
        }
        readByIndex = null;
        acceptedByIndex = null;
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
        piece.foldMonths();
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
