package org.cspstat.risk;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks issues by risk: the entry point of this package.
 *
 * <pre>{@code
 * RiskConfig config = RiskConfig.load(matrixCsv, null, overrideCsv, Issues.standard());
 * PriorityList list = Priorities.rank(config, evidence);
 * }</pre>
 *
 * <p>Only issues that are both in the matrix and in the evidence are scored; the volume band
 * compares each with those. The others are listed in {@link PriorityList#notScored()}: evidence
 * for an issue the matrix lacks as {@link NotScored#NOT_IN_MATRIX}, a matrix issue without
 * evidence as {@link NotScored#NO_EVIDENCE} (except the usual flag categories,
 * {@link Issues#FLAG_CATEGORIES}, which data without flags never has).
 *
 * <p>Order ({@link #ORDER}): score descending, then impact descending, then the harm score
 * descending, then the current count descending, then the issue name in {@link String#compareTo}
 * order. This is a total order on distinct issues, so the ranking does not depend on the order
 * of the input.
 */
public final class Priorities {

    /** The ranking order, with its tie-breaks. */
    public static final Comparator<Priority> ORDER = Comparator
            .comparingDouble(Priority::score).reversed()
            .thenComparing(Comparator.comparingInt(Priority::impact).reversed())
            .thenComparing(Comparator.comparingInt((Priority p) -> p.dimensions().get("harm")).reversed())
            .thenComparing(Comparator.comparingLong((Priority p) -> p.evidence().current()).reversed())
            .thenComparing(Priority::issue);

    private Priorities() {
    }

    /**
     * Scores and ranks the issues.
     *
     * @param config the matrix, settings and overrides
     * @param evidence the evidence, one per issue, in any order
     * @return the ranked list, with the issues not scored
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if two pieces of evidence name the same issue
     */
    public static PriorityList rank(RiskConfig config, Collection<IssueEvidence> evidence) {
        requireNonNull(config, "config must not be null");
        Map<String, IssueEvidence> byIssue = new LinkedHashMap<>();
        for (IssueEvidence e : requireNonNull(evidence, "evidence must not be null")) {
            if (byIssue.put(e.issue(), e) != null) {
                throw new IllegalArgumentException("two pieces of evidence for " + e.issue());
            }
        }
        RiskMatrix matrix = config.matrix();
        List<NotScored> notScored = new ArrayList<>();
        List<IssueEvidence> scored = new ArrayList<>();
        for (IssueEvidence e : byIssue.values()) {
            if (matrix.contains(e.issue())) {
                scored.add(e);
            } else {
                notScored.add(new NotScored(e.issue(), NotScored.NOT_IN_MATRIX));
            }
        }
        for (String issue : matrix.rows().keySet()) {
            // a usual flag category (domestic abuse...) is absent from data without flags, such as police.uk's
            if (!byIssue.containsKey(issue) && !Issues.FLAG_CATEGORIES.contains(issue)) {
                notScored.add(new NotScored(issue, NotScored.NO_EVIDENCE));
            }
        }
        notScored.sort(Comparator.comparing(NotScored::issue).thenComparing(NotScored::reason));

        Scorer scorer = new Scorer(config.settings());
        LikelihoodRule likelihoods = new LikelihoodRule(config.settings());
        Sensitivity sensitivity = new Sensitivity(scorer);
        List<Priority> items = new ArrayList<>();
        for (IssueEvidence e : scored) {
            MatrixRow row = matrix.rows().get(e.issue());
            Map<String, Integer> dimensions = config.overrides().apply(row);
            Likelihood likelihood = likelihoods.of(e, scored);
            int impact = scorer.impact(dimensions);
            BigDecimal mean = scorer.impactMean(dimensions);
            BigDecimal score = scorer.score(likelihood.score(), impact);
            Band band = scorer.band(score);
            List<ScoreOverride> overrides = config.overrides().forIssue(e.issue());
            String explanation = Explanation.of(e, likelihood, dimensions, impact, mean, score, band,
                    overrides, config.settings());
            items.add(new Priority(1, e.issue(), likelihood.score(), impact, score.doubleValue(), band, dimensions,
                    likelihood, mean.doubleValue(), overrides, e, explanation,
                    sensitivity.smallest(likelihood.score(), dimensions)));
        }
        items.sort(ORDER);
        List<Priority> ranked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ranked.add(items.get(i).withRank(i + 1));
        }
        return new PriorityList(ranked, notScored, matrix.dimensions(), config.settings().method());
    }
}
