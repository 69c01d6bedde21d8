package org.cspstat.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Up to three years month by month: the monthly counts, and beside them (on their own axis) the
 * rolling twelve-month totals, which take out the seasons and show the direction over years.
 *
 * @param name the file stem
 * @param title the title
 * @param months the month labels, such as {@code Jan 2022}
 * @param monthly the count of each month, NaN for a month without data
 * @param rolling the total of the twelve months to each month, NaN unless all twelve have data
 * @param source the source line
 * @param description one sentence for alternative text
 */
public record RollingChartData(String name, String title, List<String> months, List<Double> monthly,
        List<Double> rolling, String source, String description) implements ChartData {
    /**
     * Validates the chart.
     *
     * @param name the file stem
     * @param title the title
     * @param months the month labels
     * @param monthly the monthly counts
     * @param rolling the rolling totals
     * @param source the source line
     * @param description alternative text
     * @throws IllegalArgumentException when the lists differ in length
     */
    public RollingChartData {
        ChartData.checkName(name);
        requireNonNull(title, "title must not be null");
        requireNonNull(source, "source must not be null");
        requireNonNull(description, "description must not be null");
        months = List.copyOf(months);
        monthly = List.copyOf(monthly);
        rolling = List.copyOf(rolling);
        if (monthly.size() != months.size() || rolling.size() != months.size()) {
            throw new IllegalArgumentException("one monthly count and one rolling total per month");
        }
    }
}
