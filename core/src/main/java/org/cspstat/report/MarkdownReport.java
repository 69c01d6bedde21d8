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
            points(s, section.points());
            for (ChartData c : section.charts()) {
                s.append("![").append(text(c.description())).append("](").append(chartHref.apply(c.name()))
                        .append(")\n\n");
            }
            for (ReportTable t : section.tables()) {
                if (t.detail()) {
                    s.append(text(t.caption())).append(": in the appendix below, and as [CSV](tables/")
                            .append(t.name()).append(".csv).\n\n");
                } else {
                    table(s, t);
                }
            }
        }
        java.util.List<ReportTable> detail = pack.tables().stream().filter(ReportTable::detail).toList();
        if (!detail.isEmpty()) {
            s.append("\n## Appendix: detailed tables\n\n");
            detail.forEach(t -> table(s, t));
        }
        return s.toString();
    }

    private static void table(StringBuilder s, ReportTable t) {
        s.append("**").append(text(t.caption())).append("** ([CSV](tables/").append(t.name())
                .append(".csv))\n\n").append(TableFormat.MD.render(t.displayNames(), t.displayRows())).append('\n');
    }

    /**
     * A section's points: a run that begins {@code 1. } is one ordered list (CommonMark numbers it
     * from the first item's number), the rest bullets; a blank line between runs, so they never
     * nest.
     */
    private static void points(StringBuilder s, java.util.List<String> points) {
        Boolean previous = null;
        for (String p : points) {
            boolean numbered = ReportText.numbered(p);
            if (previous != null && previous != numbered) {
                s.append('\n');
            }
            s.append(numbered ? p.substring(0, p.indexOf('.') + 1) + " " : "- ").append(text(ReportText.item(p)))
                    .append('\n');
            previous = numbered;
        }
        if (previous != null) {
            s.append('\n');
        }
    }

    /**
     * Escapes what Markdown would treat as markup or HTML in a line of plain text, with backslash
     * escapes (never HTML entities, which a reader of the raw file sees as {@code &lt;}), and a
     * line that would start a list, heading or quote.
     */
    static String text(String t) {
        return MarkdownText.escape(t);
    }
}
