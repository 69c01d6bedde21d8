/**
 * Monthly trends: {@link org.cspstat.trend.TrendAnalysis} is the entry point. It takes a
 * {@link org.cspstat.trend.MonthlySeries} (one category, group or area, gap months marked, never
 * zero-filled), fits a {@link org.cspstat.trend.ControlChart} (c-chart or XmR) over a baseline,
 * reports the {@link org.cspstat.trend.Signal}s in the period analysed, and projects the
 * financial year end with a prediction interval ({@link org.cspstat.trend.YearEndProjection}).
 */
package org.cspstat.trend;
