package org.cspstat.risk;

import org.cspstat.model.Polarity;

import java.util.List;

/** Computes each issue's {@link Likelihood} from the evidence of all issues scored. */
final class LikelihoodRule {

    private final RiskSettings settings;

    LikelihoodRule(RiskSettings settings) {
        this.settings = settings;
    }

    /**
     * @param evidence the issue's evidence
     * @param all the evidence of every issue scored, the issue included
     * @return the issue's likelihood
     */
    Likelihood of(IssueEvidence evidence, List<IssueEvidence> all) {
        int larger = 0;
        for (IssueEvidence other : all) {
            if (other.current() > evidence.current()) {
                larger++;
            }
        }
        int band = settings.volumeRule() == VolumeRule.QUINTILE
                ? 5 - (int) (5L * larger / all.size())
                : countBand(evidence.current());
        int step = trendStep(evidence);
        return new Likelihood(Likelihood.clamp(band + step), band, larger + 1, all.size(), step);
    }

    private int countBand(long current) {
        int band = 1;
        for (long threshold : settings.volumeCounts()) {
            if (current >= threshold) {
                band++;
            }
        }
        return band;
    }

    /** @return 0 unless significant; ±1, or ±2 beyond the large ratio */
    int trendStep(IssueEvidence evidence) {
        if (Polarity.of(evidence.issue()) == Polarity.MORE_REPORTS_WANTED) {
            // more reports is the goal: a rise is not a rise in risk, and a fall is no reassurance
            return 0;
        }
        double rr = evidence.rateRatio();
        if (!evidence.significant() || Double.isNaN(rr) || rr == 1) {
            return 0;
        }
        double large = settings.largeRatio();
        if (rr > 1) {
            return rr >= large ? 2 : 1;
        }
        return rr <= 1 / large ? -2 : -1;
    }
}
