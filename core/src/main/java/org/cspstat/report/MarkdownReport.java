package org.cspstat.report;

import org.cspstat.format.MarkdownText;
import org.cspstat.format.TableFormat;

import java.util.function.Function;

/**
 * Writes an evidence pack as a Markdown summary: the headlines, each section's text, its charts
 * as image links and its tables (GitHub-flavoured, through {@link TableFormat#MD}, which escapes
 * pipes and angle brackets).
 */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    /**
     * Renders the summary.
     *
     * @param pack the pack
     * @param chartHref the address of each chart's image, by chart name
     * @return the Markdown text
     */
    public static String render(ReportPack pack, Function<String, String> chartHref) {
        StringBuilder s = new StringBuilder();
        s.append("# ").append(text(pack.title())).append("\n\n").append(text(pack.area())).append(" · ")
                .append(text(pack.current().label())).append(" against ").append(text(pack.previous().label()))
                .append(" · Source: ").append(text(pack.source())).append("\n\n## Headlines\n\n");
        pack.headlines().forEach(h -> s.append("- ").append(text(h)).append('\n'));
        for (ReportSection section : pack.sections()) {
            s.append("\n## ").append(text(section.heading())).append("\n\n");
            section.paragraphs().forEach(p -> s.append(text(p)).append("\n\n"));
            section.points().forEach(p -> s.append("- ").append(text(p)).append('\n'));
            if (!section.points().isEmpty()) {
                s.append('\n');
            }
            for (ChartData c : section.charts()) {
                s.append("![").append(text(c.description())).append("](").append(chartHref.apply(c.name()))
                        .append(")\n\n");
            }
            for (ReportTable t : section.tables()) {
                s.append("**").append(text(t.caption())).append("** ([CSV](tables/").append(t.name())
                        .append(".csv))\n\n").append(TableFormat.MD.render(t.display())).append('\n');
            }
        }
        return s.toString();
    }

    /** Escapes what Markdown would treat as markup or HTML in a line of plain text. */
    static String text(String t) {
        return MarkdownText.escape(t);
    }
}
