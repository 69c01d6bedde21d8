package org.cspstat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cspstat.outcome.OutcomeAnalysis;
import org.cspstat.outcome.OutcomeGroup;

/** What happened to the crimes: outcome groups by category and area, and the charge share year on year. */
final class OutcomeSection {
    static final String CHART = "charge-share";

    private OutcomeSection() {
    }

    static ReportSection of(OutcomeAnalysis a, String source) {
        List<String> points = new ArrayList<>();
        for (OutcomeAnalysis.Row r : a.byCategory()) {
            if (r.total() < 30) {
                continue;
            }
            OutcomeGroup top = OutcomeGroup.CHARGED_OR_SUMMONSED;
            for (OutcomeGroup g : OutcomeGroup.values()) {
                if (r.count(g) > r.count(top)) {
                    top = g;
                }
            }
            points.add(String.format(Locale.ROOT, "%s: %.1f%% %s (%,d of %,d crimes); %.1f%% charged or summonsed.",
                    r.name(), 100 * r.share(top), top.label().toLowerCase(Locale.ROOT), r.count(top), r.total(),
                    100 * r.share(OutcomeGroup.CHARGED_OR_SUMMONSED)));
        }
        for (OutcomeAnalysis.ChargeShare s : a.charge()) {
            double p = s.name().equals(OutcomeAnalysis.ALL_CRIME) ? s.pValue() : s.pAdjusted();
            if (p < 0.05) {
                points.add(String.format(Locale.ROOT, "The charge/summons share of %s %s from %.1f%% to %.1f%% "
                        + "(Fisher's exact test, %sp %s).", s.name(), s.shareNow() > s.shareBefore() ? "rose" : "fell",
                        100 * s.shareBefore(), 100 * s.shareNow(), s.name().equals(OutcomeAnalysis.ALL_CRIME) ? ""
                                : "Holm-adjusted ", org.cspstat.compare.ComparisonResult.p(p).replace("<", "< ")));
            }
        }
        List<ChartData> charts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Double> now = new ArrayList<>();
        List<Double> before = new ArrayList<>();
        for (OutcomeAnalysis.ChargeShare s : a.charge()) {
            if (s.totalNow() > 0 && s.totalBefore() > 0) {
                names.add(s.name());
                now.add(100 * s.shareNow());
                before.add(100 * s.shareBefore());
            }
        }
        if (!names.isEmpty()) {
            charts.add(new BarChartData(CHART, "Share of crimes charged or summonsed, " + a.current().label()
                    + " against " + a.previous().label(), "Category", "Charged or summonsed (% of crimes)", names,
                    List.of(new BarSeries(a.current().monthsLabel(), now, Tone.CURRENT),
                            new BarSeries(a.previous().monthsLabel(), before, Tone.PREVIOUS)), false, source,
                    "The share of each category's crimes charged or summonsed, this period against the previous."));
        }
        return new ReportSection("outcomes", "Outcomes: what happened to the crimes", List.of(
                "Each crime reported in " + a.current().label() + " with its latest known outcome, in six groups "
                        + "(every court outcome counts as charged or summonsed; cautions, local resolutions and "
                        + "penalty notices are other sanctions). The charge/summons share is compared with "
                        + a.previous().label() + " by Fisher's exact test.",
                a.note().replace("\n  ", " ").replace("\n", " ")), points, charts,
                List.of(SimpleTables.table("outcomes-by-category", "Outcomes of crimes reported in " + a.current().label()
                                + ", by category", OutcomeAnalysis.groupDisplayColumns("Category"),
                                OutcomeAnalysis.groupDisplayCells(a.byCategory()), OutcomeAnalysis.groupColumns("category"),
                                OutcomeAnalysis.groupCells(a.byCategory())),
                        SimpleTables.table("charge-share", "Charged or summonsed, " + a.current().label() + " against "
                                + a.previous().label(), a.chargeDisplayColumns(), a.chargeDisplayCells(),
                                OutcomeAnalysis.chargeColumns(), a.chargeCells()),
                        SimpleTables.table("outcomes-by-area", "Outcomes of All crime by area, " + a.current().label(),
                                OutcomeAnalysis.groupDisplayColumns("Area"), OutcomeAnalysis.groupDisplayCells(a.byArea()),
                                OutcomeAnalysis.groupColumns("area"), OutcomeAnalysis.groupCells(a.byArea()))));
    }
}
