package org.cspstat.io;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.Collections;
import java.util.TreeSet;

/**
 * The account of a load: every row read is accepted, outside the selected area, or rejected
 * with a reason, and {@code rowsRead = accepted + outsideArea + rejected} always holds.
 *
 * @param rowsRead data rows read (header lines excluded)
 * @param accepted rows counted
 * @param outsideArea rows outside the selected area (with an area selected, a row without a
 *     location is outside it)
 * @param noLocation rows without a location (counted in {@code accepted} when no area is
 *     selected, in {@code outsideArea} otherwise)
 * @param duplicateIds rows whose Crime ID was already seen in the same file (still counted,
 *     unless de-duplication was asked for, when they are rejected)
 * @param rejected rows not counted because they were bad
 * @param rejectedByReason the rejected rows by kind of reason
 * @param rejects the first 20 rejected rows, in file and line order
 * @param months the months any row was read for
 * @param gaps the months with no rows at all between a source's first and last month
 * @param monthTotals accepted rows per month
 * @param notes files and entries passed over (outcomes files, unsafe zip paths, link loops), and
 *     files that changed while they were read
 */
public record DataQuality(long rowsRead, long accepted, long outsideArea, long noLocation,
        long duplicateIds, long rejected, SortedMap<String, Long> rejectedByReason, List<Reject> rejects,
        SortedSet<YearMonth> months, SortedSet<YearMonth> gaps, SortedMap<YearMonth, Long> monthTotals,
        List<String> notes) {

    /** How many example rejects are kept. */
    public static final int MAX_EXAMPLES = 20;

    // validates the components and the accounting invariant. 
    public DataQuality {
        rejectedByReason = Collections.unmodifiableSortedMap(new TreeMap<>(requireNonNull(rejectedByReason)));
        rejects = List.copyOf(rejects);
        months = Collections.unmodifiableSortedSet(new TreeSet<>(months));
        gaps = Collections.unmodifiableSortedSet(new TreeSet<>(gaps));
        monthTotals = Collections.unmodifiableSortedMap(new TreeMap<>(monthTotals));
        notes = List.copyOf(notes);
        if (rowsRead != accepted + outsideArea + rejected) {
            throw new IllegalStateException("accounting does not reconcile: " + rowsRead + " read but "
                    + accepted + " + " + outsideArea + " + " + rejected + " accounted for");
        }
    }

    /** @return the account as aligned plain text for a terminal */
    public String toText() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(java.util.Locale.ROOT,
                "Rows read        %,12d%n  accepted       %,12d%n  outside area   %,12d%n  rejected       %,12d%n"
                        + "Without location %,12d%nRepeated IDs     %,12d%n",
                rowsRead, accepted, outsideArea, rejected, noLocation, duplicateIds));
        s.append(String.format(java.util.Locale.ROOT, "Reconciles       %s%n",
                rowsRead == accepted + outsideArea + rejected ? "yes (read = accepted + outside area + rejected)" : "NO"));
        s.append("Months           ").append(months.isEmpty() ? "none"
                : months.first() + " to " + months.last() + " (" + months.size() + " with data)").append('\n');
        s.append("Gaps             ").append(gaps.isEmpty() ? "none" : String.join(", ",
                gaps.stream().map(YearMonth::toString).toList())).append('\n');
        if (!rejectedByReason.isEmpty()) {
            s.append("Rejected by reason\n");
            rejectedByReason.forEach((k, v) -> s.append(String.format(java.util.Locale.ROOT, "  %,10d  %s%n", v, k)));
            s.append("First rejects\n");
            rejects.forEach(r -> s.append("  ").append(r).append('\n'));
        }
        if (!notes.isEmpty()) {
            s.append("Passed over\n");
            notes.forEach(n -> s.append("  ").append(n).append('\n'));
        }
        s.append("Accepted rows per month\n");
        monthTotals.forEach((m, n) -> s.append(String.format(java.util.Locale.ROOT, "  %s %,10d%n", m, n)));
        return s.toString();
    }

    /** @return the rejected-row counts by reason as a plain map */
    public Map<String, Long> reasons() {
        return rejectedByReason;
    }
}
