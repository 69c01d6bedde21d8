package org.cspstat.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The arithmetic from scores to a band, in one place for ranking and sensitivity alike. Sums
 * are exact ({@link BigDecimal}), so a weighted mean of exactly x.5 always rounds up.
 */
final class Scorer {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final RiskSettings settings;

    Scorer(RiskSettings settings) {
        this.settings = settings;
    }

    RiskSettings settings() {
        return settings;
    }

    /** @return the weighted mean of the dimension scores, exact */
    private BigDecimal[] weightedSums(Map<String, Integer> scores) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Map.Entry<String, Integer> e : scores.entrySet()) {
            BigDecimal w = settings.weight(e.getKey());
            sum = sum.add(w.multiply(BigDecimal.valueOf(e.getValue())));
            weights = weights.add(w);
        }
        return new BigDecimal[] {sum, weights};
    }

    /** @return the weighted mean of the dimension scores to two decimals (for explanations) */
    BigDecimal impactMean(Map<String, Integer> scores) {
        BigDecimal[] s = weightedSums(scores);
        return s[0].divide(s[1], 2, RoundingMode.HALF_UP);
    }

    /** @return the impact: the weighted mean of the dimension scores rounded half up, 1–5 */
    int impact(Map<String, Integer> scores) {
        BigDecimal[] s = weightedSums(scores);
        // round half up exactly: floor((2·sum + weights) / (2·weights))
        int rounded = s[0].multiply(TWO).add(s[1]).divide(s[1].multiply(TWO), 0, RoundingMode.FLOOR).intValueExact();
        return Math.max(1, Math.min(5, rounded));
    }

    /** @return the risk score of a likelihood and an impact */
    BigDecimal score(int likelihood, int impact) {
        return settings.score(likelihood, impact);
    }

    /** @return the band of a score */
    Band band(BigDecimal score) {
        return settings.band(score);
    }

    /** @return the band of a likelihood and dimension scores */
    Band band(int likelihood, Map<String, Integer> scores) {
        return band(score(likelihood, impact(scores)));
    }
}
