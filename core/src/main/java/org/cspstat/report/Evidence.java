package org.cspstat.report;

import org.cspstat.harm.HarmWeights;
import org.cspstat.outcome.CrimeOutcomes;

/**
 * Evidence beyond the counts that a pack can include, each null when not given.
 *
 * @param outcomes the crimes with their outcomes, for the outcomes section
 * @param harm harm weights for the harm section; null for the bundled CCHI days
 */
public record Evidence(CrimeOutcomes outcomes, HarmWeights harm) {
    /** No further evidence. */
    public static final Evidence NONE = new Evidence(null, null);
}
