package org.cspstat.output.chart;

import java.util.List;
import java.util.Map;
import org.cspstat.report.RiskMatrixData;
import org.cspstat.format.TableFormat;
import org.cspstat.report.RiskMatrixData.PlacedIssue;
import org.cspstat.report.Tone;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.Styler;

/**
 * The likelihood and impact grid, each cell tinted by its band under the configured scoring
 * (a product or a weighted sum), each issue placed and named.
 */
final class RiskMatrixChart {
    /** Longest issue label drawn in a cell; longer names are cut with an ellipsis. */
    static final int LABEL_CHARS = 26;

    private RiskMatrixChart() {
    }

    static XYChart build(RiskMatrixData d, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(d.title())
                .xAxisTitle("Likelihood (1 = rare, " + d.size() + " = almost certain)")
                .yAxisTitle("Impact (1 = minor, " + d.size() + " = severe)").build();
        XYStyler s = chart.getStyler();
        ChartStyle.apply(s, d.title(), width);
        s.setPlotGridLinesVisible(false);
        s.setXAxisMin(0.25);
        s.setXAxisMax(d.size() + 0.5);
        s.setYAxisMin(0.25);
        s.setYAxisMax(d.size() + 0.5);
        s.setAxisTicksVisible(false);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        for (int k = 1; k <= d.size(); k++) {
            chart.addAnnotation(new AnnotationText(Integer.toString(k), k, 0.38, false));
            chart.addAnnotation(new AnnotationText(Integer.toString(k), 0.38, k, false));
        }
        Polygons cells = new Polygons(chart);
        for (Tone band : List.of(Tone.LOW, Tone.MEDIUM, Tone.HIGH)) {
            for (int l = 1; l <= d.size(); l++) {
                for (int i = 1; i <= d.size(); i++) {
                    if (d.band(l, i) == band) {
                        cells.rectangle(bandLabel(d, band), l - 0.48, i - 0.48, l + 0.48, i + 0.48,
                                Palette.withAlpha(Palette.of(band), band == Tone.MEDIUM ? 150 : 95));
                    }
                }
            }
        }
        Map<Long, List<String>> lines = new java.util.LinkedHashMap<>();
        for (PlacedIssue p : d.issues()) {
            lines.computeIfAbsent(key(p), k -> new java.util.ArrayList<>()).addAll(lines(p));
        }
        lines.forEach((key, cell) -> {
            int n = cell.size();
            double step = Math.min(0.2, 0.84 / n);
            for (int k = 0; k < n; k++) {
                double y = key % 1000 + step * (n - 1) / 2.0 - step * k;
                chart.addAnnotation(new AnnotationText(cell.get(k), (double) (key / 1000), y, false));
            }
        });
        return chart;
    }

    private static long key(PlacedIssue p) {
        return p.likelihood() * 1000L + p.impact();
    }

    /** The issue as {@code rank. name}, on two lines when long, each cut to fit a cell. */
    static List<String> lines(PlacedIssue p) {
        String text = p.rank() + ". " + p.issue();
        if (text.length() <= LABEL_CHARS) {
            return List.of(text);
        }
        int split = text.lastIndexOf(' ', Math.min(text.length() - 1, LABEL_CHARS));
        if (split <= text.indexOf(' ')) {
            return List.of(cut(text));
        }
        return List.of(text.substring(0, split), cut(text.substring(split + 1)));
    }

    private static String cut(String s) {
        return s.length() > LABEL_CHARS ? s.substring(0, LABEL_CHARS - 1) + "…" : s;
    }

    private static String bandLabel(RiskMatrixData d, Tone band) {
        String medium = TableFormat.plainNumber(d.mediumFrom());
        String high = TableFormat.plainNumber(d.highFrom());
        return switch (band) {
            case HIGH -> "high (score ≥ " + high + ")";
            case MEDIUM -> "medium (" + medium + " to under " + high + ")";
            default -> "low (< " + medium + ")";
        };
    }
}
