/**
 * Plain data for tables, charts and the Strategic Assessment evidence pack, and the writers that
 * turn results into text. The pack's entry point is {@link org.cspstat.report.ReportBuilder}: it
 * assembles a {@link org.cspstat.report.ReportPack} (headlines, sections, tables and
 * {@link org.cspstat.report.ChartData}) that {@link org.cspstat.report.HtmlReport} and
 * {@link org.cspstat.report.MarkdownReport} write as text, escaping every string through
 * {@link org.cspstat.report.Html}. Also here: the JSON writer {@link org.cspstat.report.Json} and
 * {@link org.cspstat.report.TableFormat}. Nothing here touches AWT or a chart library; the
 * command line draws the charts.
 */
package org.cspstat.report;
