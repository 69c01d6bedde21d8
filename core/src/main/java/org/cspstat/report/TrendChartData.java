package org.cspstat.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A monthly trend: this year's counts against the same months a year earlier, with control
 * limits from a baseline. Months without data are NaN and drawn as breaks, never as zeros.
 *
 * @param name the file stem
 * @param title the title
 * @param yLabel the y axis label, with units
 * @param months the month labels along the x axis, such as {@code Apr}
 * @param thisYearLabel the legend label of this year's line
 * @param thisYear this year's count per month, NaN where there is none
 * @param lastYearLabel the legend label of last year's line
 * @param lastYear the count a year earlier per month, NaN where there is none
 * @param limitsLabel the legend label of the centre line, saying the baseline
 * @param centre the centre line
 * @param upper the upper control limit
 * @param lower the lower control limit
 * @param signals the indices of months with a signal in this year's line
 * @param source the source line
 * @param description one sentence for alternative text
 */
public record TrendChartData(String name, String title, String yLabel, List<String> months, String thisYearLabel,
        List<Double> thisYear, String lastYearLabel, List<Double> lastYear, String limitsLabel, double centre,
        double upper, double lower, List<Integer> signals, String source, String description) implements ChartData {
    /**
     * Validates the chart.
     *
     * @param name the file stem
     * @param title the title
     * @param yLabel the y axis label, with units
     * @param months the month labels
     * @param thisYearLabel the legend label of this year's line
     * @param thisYear this year's count per month
     * @param lastYearLabel the legend label of last year's line
     * @param lastYear the count a year earlier per month
     * @param limitsLabel the legend label of the centre line
     * @param centre the centre line
     * @param upper the upper control limit
     * @param lower the lower control limit
     * @param signals the indices of months with a signal
     * @param source the source line
     * @param description one sentence for alternative text
     * @throws IllegalArgumentException when the lines do not have one value per month
     */
    public TrendChartData {
        ChartData.checkName(name);
        requireNonNull(title, "title must not be null");
        requireNonNull(yLabel, "yLabel must not be null");
        requireNonNull(thisYearLabel, "thisYearLabel must not be null");
        requireNonNull(lastYearLabel, "lastYearLabel must not be null");
        requireNonNull(limitsLabel, "limitsLabel must not be null");
        requireNonNull(source, "source must not be null");
        requireNonNull(description, "description must not be null");
        months = List.copyOf(requireNonNull(months, "months must not be null"));
        thisYear = Collections.unmodifiableList(new ArrayList<>(requireNonNull(thisYear, "thisYear must not be null")));
        lastYear = Collections.unmodifiableList(new ArrayList<>(requireNonNull(lastYear, "lastYear must not be null")));
        signals = List.copyOf(requireNonNull(signals, "signals must not be null"));
        if (months.isEmpty() || thisYear.size() != months.size() || lastYear.size() != months.size()) {
            throw new IllegalArgumentException("a trend needs one value per month in each line: " + months.size()
                    + " months, " + thisYear.size() + " and " + lastYear.size() + " values");
        }
        if (thisYear.contains(null) || lastYear.contains(null)) {
            throw new IllegalArgumentException("values must not contain null; use NaN for a month without data");
        }
    }
}
