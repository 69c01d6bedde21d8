package org.cspstat.report;

import org.cspstat.harm.HarmWeights;
import org.cspstat.outcome.CrimeOutcomes;

/**
 * Evidence beyond the counts that a pack can include, each null when not given.
 *
 * @param outcomes the crimes with their outcomes, for the outcomes section
 * @param harm harm weights for the harm section; null for the bundled CCHI days
 * @param plan the action plan, for the progress section; null for none
 */
public record Evidence(CrimeOutcomes outcomes, HarmWeights harm, org.cspstat.plan.ActionPlan plan) {
    /** No further evidence. */
    public static final Evidence NONE = new Evidence(null, null, null);
}
