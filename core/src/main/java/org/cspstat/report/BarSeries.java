package org.cspstat.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One series of a bar chart.
 *
 * @param label the legend label, such as {@code Apr–Dec 2017}
 * @param values one value per category; NaN where the series has no bar
 * @param tone what the series means, for its colour
 */
public record BarSeries(String label, List<Double> values, Tone tone) {
    /**
     * Validates the series.
     *
     * @param label the legend label
     * @param values one value per category
     * @param tone what the series means
     */
    public BarSeries {
        requireNonNull(label, "label must not be null");
        requireNonNull(tone, "tone must not be null");
        values = Collections.unmodifiableList(new ArrayList<>(requireNonNull(values, "values must not be null")));
        if (values.contains(null)) {
            throw new IllegalArgumentException("values must not contain null; use NaN for no bar");
        }
    }
}
