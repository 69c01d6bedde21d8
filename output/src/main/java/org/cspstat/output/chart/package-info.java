/**
 * Chart rendering with XChart, the only AWT code in cspstat. The entry point is
 * {@link org.cspstat.output.chart.ChartRenderer}: it draws any {@link org.cspstat.report.ChartData}
 * from core as PNG or SVG, in the Okabe–Ito palette of {@link org.cspstat.output.chart.Palette},
 * with the title, axis labels and the data's source line.
 */
package org.cspstat.output.chart;
