package org.cspstat.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.cspstat.period.Period;

/**
 * The content of a Strategic Assessment evidence pack, as plain data: what the page, the
 * summary, the CSV tables and the charts are made from. {@link HtmlReport} and
 * {@link MarkdownReport} turn it into text; a renderer draws its {@link #charts()}.
 *
 * @param title the pack's title
 * @param area the partnership's area, as described by the load
 * @param source the data's source line
 * @param current the current period
 * @param previous the previous period
 * @param headlines the headline sentences, most important first
 * @param sections the sections, in page order
 */
public record ReportPack(String title, String area, String source, Period current, Period previous,
        List<String> headlines, List<ReportSection> sections) {
    /**
     * Validates the pack.
     *
     * @param title the pack's title
     * @param area the partnership's area
     * @param source the data's source line
     * @param current the current period
     * @param previous the previous period
     * @param headlines the headline sentences
     * @param sections the sections
     */
    public ReportPack {
        requireNonNull(title, "title must not be null");
        requireNonNull(area, "area must not be null");
        requireNonNull(source, "source must not be null");
        requireNonNull(current, "current must not be null");
        requireNonNull(previous, "previous must not be null");
        headlines = List.copyOf(requireNonNull(headlines, "headlines must not be null"));
        sections = List.copyOf(requireNonNull(sections, "sections must not be null"));
    }

    /** @return every chart of every section, in page order */
    public List<ChartData> charts() {
        return sections.stream().flatMap(s -> s.charts().stream()).toList();
    }

    /** @return every table of every section, in page order */
    public List<ReportTable> tables() {
        return sections.stream().flatMap(s -> s.tables().stream()).toList();
    }

    /**
     * @param name a chart's file stem
     * @return the chart
     * @throws IllegalArgumentException naming the charts there are, when there is none by that name
     */
    public ChartData chart(String name) {
        return charts().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no chart '" + name + "': expected one of "
                        + String.join(", ", charts().stream().map(ChartData::name).toList())));
    }
}
