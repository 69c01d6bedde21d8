package org.cspstat.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A funnel plot: each unit's rate against its exposure, with the target line and 95% and 99.8%
 * limits drawn as curves over a grid of exposures ({@code org.cspstat.peer.Funnel}).
 *
 * @param name the file stem
 * @param title the title
 * @param xAxis the exposure axis title, such as {@code Residents}
 * @param yAxis the rate axis title, such as {@code All crime per 1,000 residents}
 * @param grid exposures at which the limits are given, ascending
 * @param target the target rate (a flat line)
 * @param lower95 the lower 95% limit at each grid exposure
 * @param upper95 the upper 95% limit
 * @param lower998 the lower 99.8% limit
 * @param upper998 the upper 99.8% limit
 * @param points the units
 * @param units what the units are called in the legend, such as {@code districts}
 * @param note a note for the legend, such as how limits were widened
 * @param source the source line
 * @param description one sentence for alternative text
 */
public record FunnelChartData(String name, String title, String xAxis, String yAxis, List<Double> grid,
        double target, List<Double> lower95, List<Double> upper95, List<Double> lower998, List<Double> upper998,
        List<Point> points, String units, String note, String source, String description) implements ChartData {

    /**
     * One unit on the plot.
     *
     * @param label its name
     * @param exposure its exposure (x)
     * @param rate its rate (y)
     * @param highlighted true for the pack's own district
     * @param labelled true to write its name beside it
     */
    public record Point(String label, double exposure, double rate, boolean highlighted, boolean labelled) {
        // validates the components.
        public Point {
            requireNonNull(label, "label must not be null");
        }
    }

    /**
     * Validates the plot.
     *
     * @param name the file stem
     * @param title the title
     * @param xAxis the exposure axis title
     * @param yAxis the rate axis title
     * @param grid the grid exposures
     * @param target the target rate
     * @param lower95 the lower 95% limit
     * @param upper95 the upper 95% limit
     * @param lower998 the lower 99.8% limit
     * @param upper998 the upper 99.8% limit
     * @param points the units
     * @param units what the units are called
     * @param note a legend note
     * @param source the source line
     * @param description alternative text
     * @throws IllegalArgumentException when a limit list's length differs from the grid's
     */
    public FunnelChartData {
        ChartData.checkName(name);
        requireNonNull(title, "title must not be null");
        requireNonNull(xAxis, "xAxis must not be null");
        requireNonNull(yAxis, "yAxis must not be null");
        requireNonNull(units, "units must not be null");
        requireNonNull(note, "note must not be null");
        requireNonNull(source, "source must not be null");
        requireNonNull(description, "description must not be null");
        grid = List.copyOf(grid);
        lower95 = List.copyOf(lower95);
        upper95 = List.copyOf(upper95);
        lower998 = List.copyOf(lower998);
        upper998 = List.copyOf(upper998);
        points = List.copyOf(points);
        for (List<Double> l : List.of(lower95, upper95, lower998, upper998)) {
            if (l.size() != grid.size()) {
                throw new IllegalArgumentException("each limit needs one value per grid exposure");
            }
        }
    }
}
