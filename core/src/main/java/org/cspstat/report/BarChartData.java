package org.cspstat.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A vertical bar chart: categories along the x axis, one bar per series in each. With
 * {@code overlap} the series are drawn over each other, which makes a diverging chart whose
 * bars are coloured by meaning when each category has a value in only one series.
 *
 * @param name the file stem
 * @param title the title
 * @param xLabel the x axis label
 * @param yLabel the y axis label, with units
 * @param categories the category labels, in order
 * @param series the series, each with one value per category
 * @param overlap true to draw the series over each other instead of side by side
 * @param source the source line
 * @param description one sentence for alternative text
 */
public record BarChartData(String name, String title, String xLabel, String yLabel, List<String> categories,
        List<BarSeries> series, boolean overlap, String source, String description) implements ChartData {
    /**
     * Validates the chart.
     *
     * @param name the file stem
     * @param title the title
     * @param xLabel the x axis label
     * @param yLabel the y axis label, with units
     * @param categories the category labels, in order
     * @param series the series, each with one value per category
     * @param overlap true to draw the series over each other
     * @param source the source line
     * @param description one sentence for alternative text
     * @throws IllegalArgumentException when there are no categories or series, or a series has
     *     the wrong number of values
     */
    public BarChartData {
        ChartData.checkName(name);
        requireNonNull(title, "title must not be null");
        requireNonNull(xLabel, "xLabel must not be null");
        requireNonNull(yLabel, "yLabel must not be null");
        requireNonNull(source, "source must not be null");
        requireNonNull(description, "description must not be null");
        categories = List.copyOf(requireNonNull(categories, "categories must not be null"));
        series = List.copyOf(requireNonNull(series, "series must not be null"));
        if (categories.isEmpty() || series.isEmpty()) {
            throw new IllegalArgumentException("a bar chart needs at least one category and one series");
        }
        for (BarSeries s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series '" + s.label() + "' has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }
}
