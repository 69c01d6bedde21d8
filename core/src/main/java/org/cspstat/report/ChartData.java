package org.cspstat.report;

/**
 * What one chart of the evidence pack shows, as plain data: a renderer (the command line's
 * XChart code) draws it, and the page refers to it by {@link #name()}. Every chart carries a
 * title naming what and which periods, and the data's source line.
 */
public sealed interface ChartData permits BarChartData, TrendChartData, RiskMatrixData, HotspotMapData,
        LorenzChartData, FunnelChartData, RollingChartData, HeatChartData {
    /** @return the file stem, such as {@code change-by-category}: letters, digits and hyphens */
    String name();

    /** @return the title, such as {@code All crime, Apr–Dec 2017 vs Apr–Dec 2016} */
    String title();

    /** @return the source line, such as {@code police.uk, Open Government Licence v3.0} */
    String source();

    /** @return one sentence saying what the chart shows, for the page's alternative text */
    String description();

    /**
     * Checks a chart's file stem.
     *
     * @param name the stem
     * @return the stem
     * @throws IllegalArgumentException when it is not lower-case letters, digits and hyphens
     */
    static String checkName(String name) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("chart name must be lower-case letters, digits and hyphens but was '"
                    + name + "'");
        }
        return name;
    }
}
