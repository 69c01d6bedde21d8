package org.cspstat.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The risk matrix: a {@code size × size} grid of likelihood (x) by impact (y), each cell
 * banded by its score {@code likelihood × impact}, and each issue placed in its cell.
 *
 * @param name the file stem
 * @param title the title
 * @param size the number of scores on each axis, such as 5
 * @param mediumFrom the lowest score banded medium
 * @param highFrom the lowest score banded high
 * @param issues the issues placed, rank order
 * @param source the source line
 * @param description one sentence for alternative text
 */
public record RiskMatrixData(String name, String title, int size, double mediumFrom, double highFrom,
        List<Tone> cellBands, List<PlacedIssue> issues, String source, String description) implements ChartData {
    /**
     * Validates the chart.
     *
     * @param name the file stem
     * @param title the title
     * @param size the number of scores on each axis
     * @param mediumFrom the lowest score banded medium
     * @param highFrom the lowest score banded high
     * @param cellBands the band of each cell by the configured scoring, likelihood by likelihood:
     *     the cell (likelihood {@code l}, impact {@code i}) is at {@code (l - 1) * size + (i - 1)}
     * @param issues the issues placed
     * @param source the source line
     * @param description one sentence for alternative text
     * @throws IllegalArgumentException when the size is below 2, the thresholds are not
     *     ordered, there is not one band per cell, or an issue lies outside the grid
     */
    public RiskMatrixData {
        ChartData.checkName(name);
        requireNonNull(title, "title must not be null");
        requireNonNull(source, "source must not be null");
        requireNonNull(description, "description must not be null");
        issues = List.copyOf(requireNonNull(issues, "issues must not be null"));
        cellBands = List.copyOf(requireNonNull(cellBands, "cellBands must not be null"));
        if (size < 2 || !(mediumFrom < highFrom)) {
            throw new IllegalArgumentException("a risk matrix needs size >= 2 and mediumFrom < highFrom but had "
                    + size + ", " + mediumFrom + ", " + highFrom);
        }
        if (cellBands.size() != size * size) {
            throw new IllegalArgumentException("a " + size + "×" + size + " risk matrix needs " + size * size
                    + " cell bands but had " + cellBands.size());
        }
        for (PlacedIssue i : issues) {
            if (i.likelihood() < 1 || i.likelihood() > size || i.impact() < 1 || i.impact() > size) {
                throw new IllegalArgumentException("issue '" + i.issue() + "' at " + i.likelihood() + "×" + i.impact()
                        + " lies outside the " + size + "×" + size + " grid");
            }
        }
    }

    /**
     * @param likelihood a cell's likelihood, 1 to {@link #size}
     * @param impact a cell's impact, 1 to {@link #size}
     * @return its band's tone: {@link Tone#HIGH}, {@link Tone#MEDIUM} or {@link Tone#LOW}
     */
    public Tone band(int likelihood, int impact) {
        return cellBands.get((likelihood - 1) * size + (impact - 1));
    }

    /**
     * One issue on the matrix.
     *
     * @param rank the issue's rank, 1 first
     * @param issue the issue's name
     * @param likelihood the likelihood score
     * @param impact the impact score
     */
    public record PlacedIssue(int rank, String issue, int likelihood, int impact) {
        /**
         * Validates the issue.
         *
         * @param rank the issue's rank
         * @param issue the issue's name
         * @param likelihood the likelihood score
         * @param impact the impact score
         */
        public PlacedIssue {
            requireNonNull(issue, "issue must not be null");
        }
    }
}
