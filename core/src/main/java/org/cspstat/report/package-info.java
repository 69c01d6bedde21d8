/**
 * Plain data for tables and charts, and the writers that turn results into text: the JSON writer
 * {@link org.cspstat.report.Json}. Nothing here touches AWT or a chart library.
 */
package org.cspstat.report;
