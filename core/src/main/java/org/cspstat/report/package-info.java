/**
 * The Strategic Assessment evidence pack as plain data, and its page and summary as text. The
 * entry point is {@link org.cspstat.report.ReportBuilder}: it assembles a
 * {@link org.cspstat.report.ReportPack} (headlines, sections, tables and
 * {@link org.cspstat.report.ChartData}) that {@link org.cspstat.report.HtmlReport} and
 * {@link org.cspstat.report.MarkdownReport} write as text, escaping every string through
 * {@link org.cspstat.format.Html}. Nothing here touches AWT or a chart library; the output
 * module draws the charts.
 */
package org.cspstat.report;
