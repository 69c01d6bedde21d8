package org.cspstat.report;

import java.util.ArrayList;
import java.util.List;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.io.Dataset;

/**
 * The pack's sections on evidence beyond police.uk categories (sources, outcomes, harm, repeat
 * locations, the action plan), each present only when the data or the options give it.
 */
final class EvidenceSections {
    private EvidenceSections() {
    }

    static List<ReportSection> of(Dataset data, ComparisonResult byCategory) {
        List<ReportSection> out = new ArrayList<>();
        ReportSection sources = SourceSection.of(data, byCategory);
        if (sources != null) {
            out.add(sources);
        }
        return out;
    }
}
