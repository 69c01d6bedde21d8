package org.cspstat.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One section of the evidence pack: a heading, paragraphs, a list of points, charts and
 * tables, shown in that order. All text is plain (a renderer escapes it).
 *
 * @param id the section's anchor, such as {@code changes}
 * @param heading the heading
 * @param paragraphs paragraphs of plain text
 * @param points a bulleted list of plain text, possibly empty
 * @param charts the charts, by {@link ChartData#name()}
 * @param tables the tables
 */
public record ReportSection(String id, String heading, List<String> paragraphs, List<String> points,
        List<ChartData> charts, List<ReportTable> tables) {
    /**
     * Validates the section.
     *
     * @param id the section's anchor
     * @param heading the heading
     * @param paragraphs paragraphs of plain text
     * @param points a bulleted list
     * @param charts the charts
     * @param tables the tables
     */
    public ReportSection {
        ChartData.checkName(id);
        requireNonNull(heading, "heading must not be null");
        paragraphs = List.copyOf(requireNonNull(paragraphs, "paragraphs must not be null"));
        points = List.copyOf(requireNonNull(points, "points must not be null"));
        charts = List.copyOf(requireNonNull(charts, "charts must not be null"));
        tables = List.copyOf(requireNonNull(tables, "tables must not be null"));
    }
}
