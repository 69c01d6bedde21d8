package org.cspstat.risk;

import org.cspstat.error.UsageException;
import java.util.ArrayList;
import java.util.List;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.compare.ComparisonRow;
import org.cspstat.stats.Verdict;

/**
 * Joins the comparison engine to the risk matrix: each row of a by-category
 * {@link ComparisonResult} becomes the {@link IssueEvidence} of its issue, so the likelihood
 * scores come from exactly the numbers the comparison table shows.
 */
public final class RiskAssessment {
    private RiskAssessment() {
    }

    /**
     * @param comparison a comparison by category (All crime, All ASB, groups, categories)
     * @return one piece of evidence per row
     * @throws UsageException when the comparison has area rows
     */
    public static List<IssueEvidence> evidence(ComparisonResult comparison) {
        if (comparison.grouping().hasArea()) {
            throw new UsageException("the risk matrix scores issues, not areas: compare by category");
        }
        List<IssueEvidence> out = new ArrayList<>();
        for (ComparisonRow r : comparison.rows()) {
            out.add(new IssueEvidence(r.category(), r.current(), r.previous(), r.percentChange(), r.rateRatio(),
                    r.pAdjusted(), r.verdict().isSignificant()));
        }
        return out;
    }

    /**
     * Ranks the issues of a comparison.
     *
     * @param config the matrix, settings and district overrides
     * @param comparison a comparison by category
     * @return the ranked priorities
     */
    public static PriorityList rank(RiskConfig config, ComparisonResult comparison) {
        return Priorities.rank(config, evidence(comparison));
    }
}
