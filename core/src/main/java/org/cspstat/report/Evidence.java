package org.cspstat.report;

import org.cspstat.outcome.CrimeOutcomes;

/**
 * Evidence beyond the counts that a pack can include, each null when not given.
 *
 * @param outcomes the crimes with their outcomes, for the outcomes section
 */
public record Evidence(CrimeOutcomes outcomes) {
    /** No further evidence. */
    public static final Evidence NONE = new Evidence(null);
}
