package org.cspstat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.risk.Priority;
import org.cspstat.risk.PriorityList;
import org.cspstat.risk.RiskConfig;

/** The ranked priorities: the risk matrix chart, each priority with its explanation, the table. */
final class PrioritySection {
    static final String CHART = "risk-matrix";

    private PrioritySection() {
    }

    private static String withoutName(String explanation, String issue) {
        return explanation.startsWith(issue + ": ") ? explanation.substring(issue.length() + 2) : explanation;
    }

    static ReportSection of(PriorityList list, RiskConfig config, ComparisonResult comparison) {
        List<String> points = new ArrayList<>();
        for (Priority p : list.items()) {
            points.add(p.rank() + ". " + p.issue() + " — " + p.band().name().toLowerCase(Locale.ROOT)
                    + ": " + withoutName(p.explanation(), p.issue()));
        }
        list.notScored().forEach(n -> points.add("Not scored: " + n.issue() + " (" + n.reason() + ")"));
        double medium = config.settings().mediumFrom().doubleValue();
        double high = config.settings().highFrom().doubleValue();
        List<RiskMatrixData.PlacedIssue> placed = list.items().stream()
                .map(p -> new RiskMatrixData.PlacedIssue(p.rank(), p.issue(), p.likelihood(), p.impact())).toList();
        var settings = config.settings();
        List<Tone> bands = new ArrayList<>();
        for (int l = 1; l <= 5; l++) {
            for (int i = 1; i <= 5; i++) {
                bands.add(switch (settings.band(settings.score(l, i))) {
                    case HIGH -> Tone.HIGH;
                    case MEDIUM -> Tone.MEDIUM;
                    case LOW -> Tone.LOW;
                });
            }
        }
        RiskMatrixData chart = new RiskMatrixData(CHART, "Risk matrix, " + ChangeSection.periods(comparison), 5, medium, high,
                bands, placed, comparison.source(), "Each issue placed by likelihood and impact on a 5 by 5 grid whose "
                        + "cells are banded low, medium and high risk.");
        var table = org.cspstat.table.Tables.of(list);
        return new ReportSection("priorities", "Priorities", List.of(settings.rule() + " Likelihood "
                + "comes from the data (volume and a significant trend); impact from the county matrix ("
                + config.matrix().source() + ") and any district overrides. Each line says how its score was "
                + "reached. The bundled matrix is illustrative: replace it with the county's."), points,
                List.of(chart), List.of(new ReportTable("priorities", "Ranked priorities", table, table)));
    }
}
