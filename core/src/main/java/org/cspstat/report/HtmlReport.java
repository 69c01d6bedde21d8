package org.cspstat.report;

import static org.cspstat.format.Html.escape;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Writes an evidence pack as one self-contained HTML page: inline styles, no scripts or fonts
 * fetched from anywhere, charts by the address the caller gives (a relative
 * {@code charts/<name>.png} or a {@code data:} URI), every table linked to its CSV under
 * {@code tables/}. Every string from the data is escaped. A small inline script marks the body
 * {@code data-images="ok"} once every image has loaded, or {@code data-images="broken"}.
 */
public final class HtmlReport {
    private static final Pattern NUMERIC = Pattern.compile("[▲▼]?\\s*[-+]?[\\d,.]+%?( \\(.*\\))?|<0\\.001");

    private HtmlReport() {
    }

    /**
     * Renders the page.
     *
     * @param pack the pack
     * @param chartHref the address of each chart's image, by chart name
     * @return the HTML text
     */
    public static String render(ReportPack pack, Function<String, String> chartHref) {
        StringBuilder s = new StringBuilder(64 * 1024);
        s.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(pack.title())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(escape(pack.title())).append("</h1>\n")
                .append("<p class=\"meta\">").append(escape(pack.area())).append(" · ").append(escape(pack.current().label()))
                .append(" against ").append(escape(pack.previous().label())).append(" · Source: ")
                .append(escape(pack.source())).append("</p>\n<nav>");
        for (ReportSection section : pack.sections()) {
            s.append("<a href=\"#").append(section.id()).append("\">").append(escape(section.heading())).append("</a> ");
        }
        s.append("</nav>\n</header>\n<main>\n<section id=\"headlines\">\n<h2>Headlines</h2>\n<ul>\n");
        pack.headlines().forEach(h -> s.append("<li>").append(escape(h)).append("</li>\n"));
        s.append("</ul>\n</section>\n");
        for (ReportSection section : pack.sections()) {
            section(s, section, chartHref);
        }
        s.append("</main>\n<footer>Source: ").append(escape(pack.source()))
                .append(". Made with cspstat. Tables as CSV in <code>tables/</code>, charts in <code>charts/</code>.</footer>\n")
                .append(SCRIPT).append("</body>\n</html>\n");
        return s.toString();
    }

    private static void section(StringBuilder s, ReportSection section, Function<String, String> chartHref) {
        // "brief": a section of words alone (no chart, no table) does not start a printed page of its own
        String cls = section.charts().size() > 2 ? "many"
                : section.charts().isEmpty() && section.tables().isEmpty() ? "brief" : "";
        s.append("<section id=\"").append(section.id()).append(cls.isEmpty() ? "" : "\" class=\"" + cls)
                .append("\">\n<h2>").append(escape(section.heading()))
                .append("</h2>\n");
        section.paragraphs().forEach(p -> s.append("<p>").append(escape(p)).append("</p>\n"));
        points(s, section.points());
        for (ChartData c : section.charts()) {
            s.append("<figure><img src=\"").append(escape(chartHref.apply(c.name()))).append("\" alt=\"")
                    .append(escape(c.description())).append("\" width=\"1600\" height=\"900\">")
                    .append("<figcaption>").append(escape(c.title())).append("</figcaption></figure>\n");
        }
        for (ReportTable t : section.tables()) {
            table(s, t);
        }
        s.append("</section>\n");
    }

    private static void table(StringBuilder s, ReportTable t) {
        List<String> names = t.displayNames();
        List<List<String>> rows = t.displayRows();
        int longest = 0;
        for (List<String> row : rows) {
            for (String cell : row) {
                longest = Math.max(longest, cell.length());
            }
        }
        if (t.detail()) {
            s.append("<details><summary>").append(escape(t.caption())).append(" (").append(rows.size())
                    .append(" rows)</summary>\n");
        }
        s.append("<div class=\"table").append(names.size() > 8 || longest > 80 ? " wide" : "")
                .append("\"><table>\n<caption>").append(escape(t.caption()))
                .append(" <a href=\"tables/").append(t.name()).append(".csv\">CSV</a></caption>\n<thead><tr>");
        for (String name : names) {
            s.append("<th>").append(escape(name)).append("</th>");
        }
        s.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            s.append("<tr>");
            for (String cell : row) {
                s.append(NUMERIC.matcher(cell).matches() ? "<td class=\"n\">" : cell.length() > 60 ? "<td class=\"t\">"
                        : "<td>").append(escape(cell))
                        .append("</td>");
            }
            s.append("</tr>\n");
        }
        s.append("</tbody></table></div>\n");
        if (t.detail()) {
            s.append("</details>\n");
        }
    }

    /** Points that all start {@code 1.}, {@code 2.}, … are one numbered list; the rest bullets. */
    private static void points(StringBuilder s, List<String> points) {
        boolean open = false;
        boolean ordered = false;
        for (String p : points) {
            boolean numbered = ReportText.numbered(p);
            if (!open || numbered != ordered) {
                if (open) {
                    s.append(ordered ? "</ol>\n" : "</ul>\n");
                }
                s.append(numbered ? "<ol>\n" : "<ul>\n");
                open = true;
                ordered = numbered;
            }
            s.append("<li>").append(escape(ReportText.item(p))).append("</li>\n");
        }
        if (open) {
            s.append(ordered ? "</ol>\n" : "</ul>\n");
        }
    }

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0;color:#1a1a1a;\
            background:#fff;line-height:1.45}
            header,main,footer{max-width:1200px;margin:0 auto;padding:0 24px}
            h1{font-size:1.7rem;margin:24px 0 4px}h2{font-size:1.35rem;border-bottom:2px solid #0072B2;padding-bottom:4px;\
            margin-top:40px}
            .meta{color:#444;margin:0 0 8px}nav a{margin-right:14px;color:#0072B2}
            figure{margin:16px 0}figure img{width:100%;height:auto;border:1px solid #ddd}
            figcaption{font-size:.9rem;color:#444}
            .table{overflow-x:auto;margin:16px 0}table{border-collapse:collapse;font-size:.9rem}
            caption{text-align:left;font-weight:600;padding:4px 0}caption a{font-weight:400;margin-left:8px}
            th,td{border-bottom:1px solid #ddd;padding:4px 10px;text-align:left;vertical-align:top}
            th{background:#f2f2f2}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            footer{color:#555;font-size:.85rem;margin:40px auto 24px}
            details{margin:12px 0}summary{cursor:pointer;color:#0072B2}
            td.t{min-width:20em}
            @page{size:A4;margin:14mm 12mm 16mm}
            @media print{
            body{font-size:9pt;line-height:1.3}
            header,main,footer{max-width:none;padding:0;margin:0}
            nav,caption a,summary{display:none}
            details{display:none}
            h1{font-size:16pt;margin:0 0 4px}
            h2{font-size:13pt;margin:0 0 6px;break-after:avoid}
            main>section{break-before:page}
            main>section#headlines,main>section.brief{break-before:auto}
            main>section.brief{margin-top:14pt}
            p,li{orphans:3;widows:3}
            figure{margin:4px 0 8px;break-inside:avoid}
            figure img{width:100%;max-height:115mm;object-fit:contain;border:none}
            .many figure{display:inline-block;width:49%;vertical-align:top;margin:2px 0}
            .many figure img{max-height:none}
            .table{overflow:visible;margin:6px 0}
            table{width:100%;font-size:7.5pt;table-layout:auto}
            th,td{padding:1px 4px;overflow-wrap:break-word;hyphens:auto}
            thead{display:table-header-group}
            tr{break-inside:avoid}
            caption{break-after:avoid}
            td.t{min-width:0;width:45%}
            a{color:inherit;text-decoration:none}
            footer{margin-top:12px;font-size:8pt}
            }
            """;

    private static final String SCRIPT = """
            <script>
            window.addEventListener("load", function () {
              var imgs = Array.prototype.slice.call(document.images);
              var ok = imgs.every(function (i) { return i.complete && i.naturalWidth > 0; });
              document.body.setAttribute("data-images", ok ? "ok" : "broken");
              document.body.setAttribute("data-image-count", String(imgs.length));
            });
            </script>
            """;
}
