package org.cspstat.risk;

import static org.cspstat.risk.Fixture.evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrioritiesTest {

    private static final RiskConfig BUNDLED = RiskConfig.bundled();

    private static List<String> order(PriorityList list) {
        List<String> issues = new ArrayList<>();
        for (Priority p : list.items()) {
            issues.add(p.rank() + " " + p.issue() + " " + p.likelihood() + "x" + p.impact() + "=" + (int) p.score()
                    + " " + p.band());
        }
        return issues;
    }

    private static Priority item(PriorityList list, String issue) {
        return list.items().stream().filter(p -> p.issue().equals(issue)).findFirst().orElseThrow();
    }

    @Test
    void ranksTheBundledMatrixByScoreThenImpactThenHarmThenCountThenName() {
        // Likelihood = volume band + trend step (Fixture); impact = mean of the four bundled
        // scores rounded half up, e.g. ASB (1+3+5+4)/4 = 3.25 -> 3, Public order 2.5 -> 3.
        // Ties at 12: VSO and Burglary (impact 4, harm 4) by count 1500 > 400, then CD&A and
        // Public order (impact 3, harm 2) by count 600 > 350; at 10 Vehicle (harm 2) before
        // Shoplifting (harm 1); at 8 Weapons (impact 4) before Other theft (2); at 4 Robbery
        // (impact 4), then Other crime (harm 2) before Bicycle theft (harm 1).
        assertEquals(List.of(
                "1 Anti-social behaviour 5x3=15 HIGH",
                "2 Violence and sexual offences 3x4=12 MEDIUM",
                "3 Burglary 3x4=12 MEDIUM",
                "4 Criminal damage and arson 4x3=12 MEDIUM",
                "5 Public order 4x3=12 MEDIUM",
                "6 Vehicle crime 5x2=10 MEDIUM",
                "7 Shoplifting 5x2=10 MEDIUM",
                "8 Drugs 3x3=9 MEDIUM",
                "9 Possession of weapons 2x4=8 MEDIUM",
                "10 Other theft 4x2=8 MEDIUM",
                "11 Robbery 1x4=4 LOW",
                "12 Other crime 2x2=4 LOW",
                "13 Bicycle theft 2x2=4 LOW",
                "14 Theft from the person 1x3=3 LOW"),
                order(Priorities.rank(BUNDLED, Fixture.stevenageLike())));
    }

    @Test
    void explainsEveryNumberBehindAScore() {
        PriorityList list = Priorities.rank(BUNDLED, Fixture.stevenageLike());
        assertEquals("Anti-social behaviour: likelihood 5 (volume band 5: 1st of 14 issues by count;"
                + " +5.4% (2000 vs 1897), rate ratio 1.05, adjusted p 0.21, not significant: trend +0)"
                + " \u00d7 impact 3 (harm 1, vulnerability 3, community concern 5, public confidence 4: mean 3.25)"
                + " = 15, HIGH", item(list, "Anti-social behaviour").explanation());
        assertEquals("Shoplifting: likelihood 5 (volume band 5: 3rd of 14 issues by count;"
                + " +25.0% (700 vs 560), rate ratio 1.25, adjusted p < 0.001, significant: trend +2, capped at 5)"
                + " \u00d7 impact 2 (harm 1, vulnerability 1, community concern 2, public confidence 2: mean 1.5)"
                + " = 10, MEDIUM", item(list, "Shoplifting").explanation());
        assertEquals("Violence and sexual offences: likelihood 3 (volume band 5: 2nd of 14 issues by count;"
                + " -20.0% (1500 vs 1875), rate ratio 0.80, adjusted p < 0.001, significant: trend -2)"
                + " \u00d7 impact 4 (harm 4, vulnerability 5, community concern 4, public confidence 4: mean 4.25)"
                + " = 12, MEDIUM", item(list, "Violence and sexual offences").explanation());
        for (Priority p : list.items()) {
            ExplanationCheck.assertStatesItsNumbers(p);
        }
    }

    @Test
    void aDistrictOverrideChangesExactlyTheScoresItNamesAndTheRankingFollows() {
        DistrictOverrides overrides = DistrictOverrides.parse("override.csv", new StringReader(
                "issue,dimension,score,reason\n"
                        + "Drugs,vulnerability,5,County lines\n"
                        + "Drugs,community concern,5,Residents' survey\n"), BUNDLED.matrix());
        PriorityList before = Priorities.rank(BUNDLED, Fixture.stevenageLike());
        PriorityList after = Priorities.rank(BUNDLED.withOverrides(overrides), Fixture.stevenageLike());
        for (Priority p : after.items()) {
            Map<String, Integer> was = item(before, p.issue()).dimensions();
            if (p.issue().equals("Drugs")) {
                assertEquals(Map.of("harm", 1, "vulnerability", 5, "community_concern", 5, "public_confidence", 3),
                        p.dimensions());
                assertEquals(Map.of("harm", 1, "vulnerability", 3, "community_concern", 4, "public_confidence", 3), was);
            } else {
                assertEquals(was, p.dimensions(), p.issue());
                assertEquals(item(before, p.issue()).score(), p.score(), p.issue());
            }
        }
        // Drugs: impact (1+5+5+3)/4 = 3.5 -> 4, score 3 x 4 = 12; among the 12s with impact 4 it
        // follows VSO and Burglary (harm 4) and precedes CD&A and Public order (impact 3).
        assertEquals(List.of(
                "1 Anti-social behaviour 5x3=15 HIGH",
                "2 Violence and sexual offences 3x4=12 MEDIUM",
                "3 Burglary 3x4=12 MEDIUM",
                "4 Drugs 3x4=12 MEDIUM",
                "5 Criminal damage and arson 4x3=12 MEDIUM",
                "6 Public order 4x3=12 MEDIUM",
                "7 Vehicle crime 5x2=10 MEDIUM",
                "8 Shoplifting 5x2=10 MEDIUM",
                "9 Possession of weapons 2x4=8 MEDIUM",
                "10 Other theft 4x2=8 MEDIUM",
                "11 Robbery 1x4=4 LOW",
                "12 Other crime 2x2=4 LOW",
                "13 Bicycle theft 2x2=4 LOW",
                "14 Theft from the person 1x3=3 LOW"), order(after));
        assertEquals("Drugs: likelihood 3 (volume band 3: 9th of 14 issues by count; +25.0% (150 vs 120),"
                + " rate ratio 1.25, adjusted p 0.12, not significant: trend +0) \u00d7 impact 4 (harm 1,"
                + " vulnerability 5, community concern 5, public confidence 3: mean 3.5) = 12, MEDIUM;"
                + " district override: vulnerability 3 \u2192 5 (County lines), community concern 4 \u2192 5"
                + " (Residents' survey)", item(after, "Drugs").explanation());
    }

    @Test
    void reportsEvidenceOutsideTheMatrixAndMatrixIssuesWithoutEvidence() {
        List<IssueEvidence> evidence = new ArrayList<>(Fixture.stevenageLike());
        evidence.removeIf(e -> e.issue().equals("Robbery"));
        evidence.add(evidence("Domestic abuse", 300, 265, 0.2, false));
        evidence.add(evidence("Fly-tipping", 300, 265, 0.2, false));
        PriorityList list = Priorities.rank(BUNDLED, evidence);
        // Domestic abuse is in the bundled matrix (a usual flag category); hate and knife crime, absent
        // from the evidence, are not listed as missing
        assertEquals(14, list.items().size());
        assertEquals(List.of(new NotScored("Fly-tipping", NotScored.NOT_IN_MATRIX),
                new NotScored("Robbery", NotScored.NO_EVIDENCE)), list.notScored());
    }

    @Test
    void aRiseInDomesticAbuseReportsDoesNotRaiseTheLikelihoodAndSaysMoreReports() {
        List<IssueEvidence> evidence = new ArrayList<>(Fixture.stevenageLike());
        // +50%, significant: for a crime this would be trend +2 (rate ratio 1.5 >= the large ratio)
        evidence.add(evidence("Domestic abuse", 300, 200, 0.001, true));
        evidence.add(evidence("Hate crime", 60, 90, 0.001, true));
        PriorityList list = Priorities.rank(BUNDLED, evidence);
        Priority da = item(list, "Domestic abuse");
        assertEquals(0, da.likelihoodBasis().trendStep());
        assertTrue(da.explanation().contains("+50.0% more reports (300 vs 200)"), da.explanation());
        assertTrue(da.explanation().contains("more reports is the goal"), da.explanation());
        Priority hate = item(list, "Hate crime");
        assertEquals(0, hate.likelihoodBasis().trendStep());
        assertTrue(hate.explanation().contains("-33.3% fewer reports (60 vs 90)"), hate.explanation());
    }

    @Test
    void rejectsTwoPiecesOfEvidenceForOneIssue() {
        List<IssueEvidence> evidence = List.of(evidence("Drugs", 1, 2, 1, false), evidence("Drugs", 3, 2, 1, false));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Priorities.rank(BUNDLED, evidence));
        assertEquals("two pieces of evidence for Drugs", e.getMessage());
    }

    @Test
    void scoresAWeightedSumWithCountVolumeBandsAndWeightedImpact() {
        // Burglary: 45 >= 40 -> band 4, not significant -> L 4; impact (2*4+4+4+4)/5 = 4; 2*4 + 1*4 = 12 HIGH
        // Drugs: 15 >= 10 -> band 2, RR 3 significant -> +2 -> L 4; impact (2*1+3+4+3)/5 = 2.4 -> 2; 8 + 2 = 10 MEDIUM
        // Robbery: 5 < 10 -> band 1, L 1; impact (2*5+4+4+4)/5 = 4.4 -> 4; 2 + 4 = 6 MEDIUM
        PriorityList list = Priorities.rank(weightedSumConfig(), List.of(
                evidence("Robbery", 5, 9, 0.6, false),
                evidence("Drugs", 15, 5, 0.041, true),
                evidence("Burglary", 45, 40, 0.8, false)));
        assertEquals(List.of("1 Burglary 4x4=12 HIGH", "2 Drugs 4x2=10 MEDIUM", "3 Robbery 1x4=6 MEDIUM"), order(list));
        assertEquals("Drugs: likelihood 4 (volume band 2: count 15, at least 10; +200.0% (15 vs 5), rate ratio 3.00,"
                + " adjusted p 0.04, significant: trend +2) \u00d7 2 + impact 2 (harm 1 (weight 2), vulnerability 3"
                + " (weight 1), community concern 4 (weight 1), public confidence 3 (weight 1): weighted mean 2.4)"
                + " \u00d7 1 = 10, MEDIUM", item(list, "Drugs").explanation());
        assertTrue(item(list, "Robbery").explanation().startsWith(
                "Robbery: likelihood 1 (volume band 1: count 5, below 10; -44.4% (5 vs 9), rate ratio 0.56,"));
    }

    @Test
    void breaksAFullTieByIssueName() {
        RiskMatrix matrix = RiskMatrix.parse("m.csv", new StringReader(
                "issue,harm,vulnerability,community_concern,public_confidence\n"
                        + "Violent crime,3,3,3,3\nDomestic abuse,3,3,3,3\n"),
                Issues.with(List.of("Violent crime", "Domestic abuse")));
        RiskConfig config = new RiskConfig(matrix, RiskSettings.defaults(matrix.dimensions()), DistrictOverrides.none());
        PriorityList list = Priorities.rank(config, List.of(
                evidence("Violent crime", 10, 10, 1, false), evidence("Domestic abuse", 10, 10, 1, false)));
        assertEquals(List.of("1 Domestic abuse 5x3=15 HIGH", "2 Violent crime 5x3=15 HIGH"), order(list));
    }

    @Test
    void explainsANewIssueAndOneWithNoIncidents() {
        PriorityList list = Priorities.rank(BUNDLED, List.of(
                evidence("Robbery", 4, 0, 0.06, false), evidence("Drugs", 0, 0, Double.NaN, false)));
        assertEquals("Robbery: likelihood 5 (volume band 5: 1st of 2 issues by count; new (4 vs 0), adjusted p 0.06,"
                + " not significant: trend +0) \u00d7 impact 4 (harm 5, vulnerability 4, community concern 4,"
                + " public confidence 4: mean 4.25) = 20, HIGH", item(list, "Robbery").explanation());
        assertEquals("Drugs: likelihood 3 (volume band 3: 2nd of 2 issues by count; no incidents in either period (0 vs 0),"
                + " not significant: trend +0) \u00d7 impact 3 (harm 1, vulnerability 3, community concern 4,"
                + " public confidence 3: mean 2.75) = 9, MEDIUM", item(list, "Drugs").explanation());
    }

    /** The weighted-sum configuration of {@link #scoresAWeightedSumWithCountVolumeBandsAndWeightedImpact()}. */
    private static RiskConfig weightedSumConfig() {
        RiskMatrix matrix = RiskMatrix.parse("m.csv", new StringReader(
                "issue,harm,vulnerability,community_concern,public_confidence\n"
                        + "Burglary,4,4,4,4\nDrugs,1,3,4,3\nRobbery,5,4,4,4\n"), Issues.standard());
        RiskSettings settings = RiskSettings.parse("s.csv", new StringReader("setting,value\n"
                + "risk.method,weighted_sum\nrisk.weight.likelihood,2\nrisk.weight.impact,1\n"
                + "band.medium,6\nband.high,11\nvolume.method,counts\nvolume.counts,10;20;40;80\n"
                + "weight.harm,2\n"), matrix.dimensions());
        return new RiskConfig(matrix, settings, DistrictOverrides.none());
    }
}
