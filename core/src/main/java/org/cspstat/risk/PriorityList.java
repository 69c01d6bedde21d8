package org.cspstat.risk;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The ranked priorities, with the issues that could not be scored.
 *
 * @param items the ranked issues, rank 1 first
 * @param notScored the issues left out and why, by issue name
 * @param dimensions the matrix's dimension keys, in column order
 * @param method how the scores were combined
 */
public record PriorityList(List<Priority> items, List<NotScored> notScored, List<String> dimensions,
        ScoringMethod method) {

    /**
     * Copies the lists.
     *
     * @param items the ranked issues, rank 1 first
     * @param notScored the issues left out and why, by issue name
     * @param dimensions the matrix's dimension keys, in column order
     * @param method how the scores were combined
     * @throws NullPointerException if an argument is null
     */
    public PriorityList {
        items = List.copyOf(requireNonNull(items, "items must not be null"));
        notScored = List.copyOf(requireNonNull(notScored, "notScored must not be null"));
        dimensions = List.copyOf(requireNonNull(dimensions, "dimensions must not be null"));
        requireNonNull(method, "method must not be null");
    }

    /**
     * The list as a table: Rank, Issue, Likelihood, Impact, Score, Band, one column per
     * dimension (headed by its words, such as {@code community concern}), Explanation. Score is
     * an integer column for {@link ScoringMethod#PRODUCT}, a double column otherwise.
     *
     * @return the table, named {@code Priorities}
     */
    public Table toTable() {
        List<Column<?>> columns = new ArrayList<>();
        columns.add(IntColumn.create("Rank", items.stream().mapToInt(Priority::rank).toArray()));
        columns.add(StringColumn.create("Issue", items.stream().map(Priority::issue).toArray(String[]::new)));
        columns.add(IntColumn.create("Likelihood", items.stream().mapToInt(Priority::likelihood).toArray()));
        columns.add(IntColumn.create("Impact", items.stream().mapToInt(Priority::impact).toArray()));
        double[] scores = items.stream().mapToDouble(Priority::score).toArray();
        if (method == ScoringMethod.PRODUCT) {
            columns.add(IntColumn.create("Score", items.stream().mapToInt(p -> (int) p.score()).toArray()));
        } else {
            columns.add(DoubleColumn.create("Score", scores));
        }
        columns.add(StringColumn.create("Band", items.stream().map(p -> p.band().name()).toArray(String[]::new)));
        for (String dimension : dimensions) {
            columns.add(IntColumn.create(ConfigCsv.label(dimension),
                    items.stream().mapToInt(p -> p.dimensions().get(dimension)).toArray()));
        }
        columns.add(StringColumn.create("Explanation", items.stream().map(Priority::explanation).toArray(String[]::new)));
        return Table.create("Priorities", columns);
    }

    /**
     * The sensitivity of each ranked issue: Rank, Issue, Score, Band, Smallest change (the
     * change in words, or {@code none} when no single score change moves the band).
     *
     * @return the table, named {@code Sensitivity}
     */
    public Table sensitivityTable() {
        return Table.create("Sensitivity",
                IntColumn.create("Rank", items.stream().mapToInt(Priority::rank).toArray()),
                StringColumn.create("Issue", items.stream().map(Priority::issue).toArray(String[]::new)),
                DoubleColumn.create("Score", items.stream().mapToDouble(Priority::score).toArray()),
                StringColumn.create("Band", items.stream().map(p -> p.band().name()).toArray(String[]::new)),
                StringColumn.create("Smallest change", items.stream()
                        .map(p -> p.sensitivity().map(BandChange::text).orElse("none")).toArray(String[]::new)));
    }
}
