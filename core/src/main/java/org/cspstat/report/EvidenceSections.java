package org.cspstat.report;

import java.util.ArrayList;
import java.util.List;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.harm.HarmWeights;
import org.cspstat.io.Dataset;
import org.cspstat.outcome.OutcomeAnalysis;

/**
 * The pack's sections on evidence beyond police.uk categories (sources, outcomes, harm, repeat
 * locations, time of day, the action plan), each present only when the data or the options give it
 * (time of day always: without times it says why there are none).
 */
final class EvidenceSections {
    private EvidenceSections() {
    }

    static List<ReportSection> of(Dataset data, ComparisonResult byCategory, Evidence evidence) {
        List<ReportSection> out = new ArrayList<>();
        ReportSection sources = SourceSection.of(data, byCategory);
        if (sources != null) {
            out.add(sources);
        }
        ReportSection harm = HarmSection.of(data, byCategory,
                evidence.harm() == null ? HarmWeights.bundled() : evidence.harm());
        if (harm != null) {
            out.add(harm);
        }
        ReportSection locations = LocationSection.of(data, byCategory);
        if (locations != null) {
            out.add(locations);
        }
        out.add(TimeOfDaySection.of(data, byCategory));
        if (evidence.outcomes() != null) {
            out.add(OutcomeSection.of(OutcomeAnalysis.of(evidence.outcomes(), byCategory.current(),
                    byCategory.previous(), data.lookup()), "police.uk, Open Government Licence v3.0"));
        }
        if (evidence.plan() != null) {
            out.add(ActionPlanSection.of(evidence.plan(), byCategory));
        }
        return out;
    }
}
