package org.cspstat.risk;

import java.util.List;

/** Hand-made evidence for the 14 police.uk categories (equal 9-month exposures, so RR = current/previous). */
final class Fixture {

    private Fixture() {
    }

    static IssueEvidence evidence(String issue, long current, long previous, double pAdjusted, boolean significant) {
        double percent = previous == 0 ? Double.NaN : 100.0 * (current - previous) / previous;
        double ratio = previous == 0 ? (current == 0 ? Double.NaN : Double.POSITIVE_INFINITY)
                : (double) current / previous;
        return new IssueEvidence(issue, current, previous, percent, ratio, pAdjusted, significant);
    }

    /**
     * Volume order (current count, descending) and the quintile band 5 − floor(5·a/14) of each,
     * a = issues with a larger count: ASB 2000 (a=0, 5), VSO 1500 (1, 5), Shoplifting 700 (2, 5),
     * CD&amp;A 600 (3, 4), Other theft 500 (4, 4), Vehicle 450 (5, 4), Burglary 400 (6, 3),
     * Public order 350 (7, 3), Drugs 150 (8, 3), Other crime 70 (9, 2), Bicycle 60 (10, 2),
     * Weapons 40 (11, 2), Robbery 34 (12, 1), Theft from the person 28 (13, 1).
     */
    static List<IssueEvidence> stevenageLike() {
        return List.of(
                evidence("Anti-social behaviour", 2000, 1897, 0.21, false),      // +5.4%
                evidence("Violence and sexual offences", 1500, 1875, 0.0001, true), // RR 0.80 <= 1/1.2: -2
                evidence("Shoplifting", 700, 560, 0.0002, true),                  // RR 1.25 >= 1.2: +2
                evidence("Criminal damage and arson", 600, 620, 0.9, false),
                evidence("Other theft", 500, 480, 0.9, false),
                evidence("Vehicle crime", 450, 400, 0.04, true),                  // RR 1.125: +1
                evidence("Burglary", 400, 380, 0.9, false),
                evidence("Public order", 350, 300, 0.03, true),                   // RR 1.167: +1
                evidence("Drugs", 150, 120, 0.12, false),
                evidence("Other crime", 70, 65, 0.9, false),
                evidence("Bicycle theft", 60, 80, 0.5, false),
                evidence("Possession of weapons", 40, 30, 0.6, false),
                evidence("Robbery", 34, 41, 0.7, false),                          // -17.1%
                evidence("Theft from the person", 28, 38, 0.5, false));           // -26.3%
    }
}
