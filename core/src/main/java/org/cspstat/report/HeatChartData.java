package org.cspstat.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A heat chart: counts in a grid of rows (weekdays, say) by columns (hours), each cell shaded by
 * its count and labelled with it.
 *
 * @param name the file stem
 * @param title the title
 * @param columnLabels the labels along the horizontal axis, such as {@code 00} … {@code 23}
 * @param columnTitle the horizontal axis title
 * @param rowLabels the labels down the vertical axis, top first, such as {@code Mon} … {@code Sun}
 * @param rowTitle the vertical axis title
 * @param counts the counts, one list per row (top first), each as long as {@code columnLabels}
 * @param note a note under the grid, such as what has no time; empty for none
 * @param source the source line
 * @param description one sentence for alternative text
 */
public record HeatChartData(String name, String title, List<String> columnLabels, String columnTitle,
        List<String> rowLabels, String rowTitle, List<List<Long>> counts, String note, String source,
        String description) implements ChartData {
    /**
     * Validates the grid.
     *
     * @param name the file stem
     * @param title the title
     * @param columnLabels the column labels
     * @param columnTitle the horizontal axis title
     * @param rowLabels the row labels
     * @param rowTitle the vertical axis title
     * @param counts the counts by row
     * @param note a note under the grid
     * @param source the source line
     * @param description one sentence for alternative text
     * @throws IllegalArgumentException when the counts do not match the labels
     */
    public HeatChartData {
        ChartData.checkName(name);
        requireNonNull(title, "title must not be null");
        requireNonNull(columnTitle, "columnTitle must not be null");
        requireNonNull(rowTitle, "rowTitle must not be null");
        requireNonNull(note, "note must not be null");
        requireNonNull(source, "source must not be null");
        requireNonNull(description, "description must not be null");
        columnLabels = List.copyOf(columnLabels);
        rowLabels = List.copyOf(rowLabels);
        counts = counts.stream().map(List::copyOf).toList();
        int columns = columnLabels.size();
        if (counts.size() != rowLabels.size() || counts.stream().anyMatch(r -> r.size() != columns)) {
            throw new IllegalArgumentException("a heat chart needs one count per row and column");
        }
    }

    /** @return the largest count, 0 when every cell is empty */
    public long max() {
        return counts.stream().flatMap(List::stream).mapToLong(Long::longValue).max().orElse(0);
    }
}
