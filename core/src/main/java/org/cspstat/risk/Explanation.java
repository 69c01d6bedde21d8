package org.cspstat.risk;

import org.cspstat.model.Polarity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the one-line explanation of an issue's score, stating every number behind it: the
 * volume band and its basis, the change, rate ratio, adjusted p-value and trend step, each
 * dimension score (and weight when not 1), the impact's mean, the score, the band, and each
 * district override with its reason.
 */
final class Explanation {

    private Explanation() {
    }

    static String of(IssueEvidence evidence, Likelihood likelihood, Map<String, Integer> dimensions,
            int impact, BigDecimal impactMean, BigDecimal score, Band band,
            List<ScoreOverride> overrides, RiskSettings settings) {
        StringBuilder s = new StringBuilder();
        s.append(evidence.issue()).append(": likelihood ").append(likelihood.score())
                .append(" (").append(volume(evidence, likelihood, settings)).append("; ")
                .append(trend(evidence, likelihood)).append(')');
        if (settings.method() == ScoringMethod.PRODUCT) {
            s.append(" \u00d7 impact ").append(impact).append(" (").append(impactBasis(dimensions, impactMean, settings))
                    .append(')');
        } else {
            s.append(" \u00d7 ").append(plain(settings.likelihoodWeight())).append(" + impact ").append(impact)
                    .append(" (").append(impactBasis(dimensions, impactMean, settings)).append(") \u00d7 ")
                    .append(plain(settings.impactWeight()));
        }
        s.append(" = ").append(plain(score)).append(", ").append(band);
        if (!overrides.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (ScoreOverride o : overrides) {
                parts.add(ConfigCsv.label(o.dimension()) + " " + o.countyScore() + " \u2192 " + o.score()
                        + " (" + o.reason() + ")");
            }
            s.append("; district override: ").append(String.join(", ", parts));
        }
        return s.toString();
    }

    private static String volume(IssueEvidence evidence, Likelihood likelihood, RiskSettings settings) {
        String basis;
        if (settings.volumeRule() == VolumeRule.QUINTILE) {
            basis = ordinal(likelihood.volumeRank()) + " of " + likelihood.issueCount() + " issues by count";
        } else if (likelihood.volumeBand() == 1) {
            basis = "count " + evidence.current() + ", below " + settings.volumeCounts().get(0);
        } else {
            basis = "count " + evidence.current() + ", at least " + settings.volumeCounts().get(likelihood.volumeBand() - 2);
        }
        return "volume band " + likelihood.volumeBand() + ": " + basis;
    }

    private static String trend(IssueEvidence e, Likelihood likelihood) {
        String counts = " (" + e.current() + " vs " + e.previous() + ")";
        StringBuilder s = new StringBuilder();
        if (e.current() == 0 && e.previous() == 0) {
            s.append("no incidents in either period").append(counts);
        } else if (e.previous() == 0) {
            s.append("new").append(counts);
        } else {
            s.append(String.format(Locale.ROOT, "%+.1f%%", e.percentChange()));
            String reports = Polarity.of(e.issue()).words(e.current() > e.previous());
            s.append(reports.isEmpty() || e.current() == e.previous() ? "" : " " + reports).append(counts);
            if (Double.isFinite(e.rateRatio())) {
                s.append(String.format(Locale.ROOT, ", rate ratio %.2f", e.rateRatio()));
            }
        }
        if (!Double.isNaN(e.pAdjusted())) {
            String p = org.cspstat.compare.ComparisonResult.p(e.pAdjusted());
            s.append(p.startsWith("<") ? ", adjusted p < " + p.substring(1) : ", adjusted p " + p);
        }
        s.append(e.significant() ? ", significant" : ", not significant");
        s.append(String.format(Locale.ROOT, ": trend %+d", likelihood.trendStep()));
        if (Polarity.of(e.issue()) == Polarity.MORE_REPORTS_WANTED) {
            s.append(" (more reports is the goal: a change in reports does not move the likelihood)");
        }
        if (likelihood.capped()) {
            s.append(", capped at ").append(likelihood.score());
        }
        return s.toString();
    }

    private static String impactBasis(Map<String, Integer> dimensions, BigDecimal mean, RiskSettings settings) {
        boolean equal = settings.equalWeights();
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> d : dimensions.entrySet()) {
            BigDecimal w = settings.weight(d.getKey());
            String part = ConfigCsv.label(d.getKey()) + " " + d.getValue();
            parts.add(equal ? part : part + " (weight " + plain(w) + ")");
        }
        return String.join(", ", parts) + (equal ? ": mean " : ": weighted mean ") + plain(mean);
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix;
        if (mod100 >= 11 && mod100 <= 13) {
            suffix = "th";
        } else {
            switch (n % 10) {
                case 1: suffix = "st"; break;
                case 2: suffix = "nd"; break;
                case 3: suffix = "rd"; break;
                default: suffix = "th";
            }
        }
        return n + suffix;
    }
}
