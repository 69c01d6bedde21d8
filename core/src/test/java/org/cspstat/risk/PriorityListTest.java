package org.cspstat.risk;

import static org.cspstat.risk.Fixture.evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import org.cspstat.format.Table;
import org.cspstat.table.Tables;
import org.junit.jupiter.api.Test;

class PriorityListTest {

    private static PriorityList twoIssues() {
        RiskMatrix matrix = RiskMatrix.parse("m.csv", new StringReader(
                "issue,harm,vulnerability,community_concern,public_confidence\n"
                        + "Robbery,5,4,4,4\nDrugs,1,3,4,3\n"), Issues.standard());
        DistrictOverrides overrides = DistrictOverrides.parse("o.csv", new StringReader(
                "issue,dimension,score,reason\nDrugs,community_concern,5,survey\n"), matrix);
        RiskConfig config = new RiskConfig(matrix, RiskSettings.defaults(matrix.dimensions()), overrides);
        return Priorities.rank(config, List.of(evidence("Drugs", 0, 0, Double.NaN, false),
                evidence("Domestic abuse", 10, 5, 0.3, false), evidence("Robbery", 4, 0, 0.06, false)));
    }

    @Test
    void writesJsonWithTheNamedKeys() {
        // Robbery: band 5 (1st of 2), L 5, impact (5+4+4+4)/4 = 4.25 -> 4, 20 HIGH; likelihood 4
        // gives 16 (HIGH), no one-step dimension change moves the impact off 4 (4.0 or 4.5 -> 5), so
        // the smallest change is likelihood 5 -> 3, 12 MEDIUM.
        // Drugs: band 5 - floor(5*1/2) = 3, L 3, impact (1+3+5+3)/4 = 3, 9 MEDIUM; likelihood 2 gives 6 LOW.
        String x = "\u00d7";
        String arrow = "\u2192";
        assertEquals("{\"items\":["
                + "{\"rank\":1,\"issue\":\"Robbery\",\"likelihood\":5,\"impact\":4,\"score\":20,\"band\":\"HIGH\","
                + "\"rag\":\"red\",\"explanation\":\"Robbery: likelihood 5 (volume band 5: 1st of 2 issues by count;"
                + " new (4 vs 0), adjusted p 0.06, not significant: trend +0) " + x + " impact 4 (harm 5,"
                + " vulnerability 4, community concern 4, public confidence 4: mean 4.25) = 20, HIGH\","
                + "\"dimensions\":{\"harm\":5,\"vulnerability\":4,\"community_concern\":4,\"public_confidence\":4},"
                + "\"volumeBand\":5,\"trendStep\":0,\"impactMean\":4.25,\"overrides\":[],"
                + "\"sensitivity\":{\"input\":\"likelihood\",\"from\":5,\"to\":3,\"band\":\"MEDIUM\","
                + "\"text\":\"likelihood 5 " + arrow + " 3 moves it to MEDIUM\"}},"
                + "{\"rank\":2,\"issue\":\"Drugs\",\"likelihood\":3,\"impact\":3,\"score\":9,\"band\":\"MEDIUM\","
                + "\"rag\":\"amber\",\"explanation\":\"Drugs: likelihood 3 (volume band 3: 2nd of 2 issues by count;"
                + " no incidents in either period (0 vs 0), not significant: trend +0) " + x + " impact 3 (harm 1,"
                + " vulnerability 3, community concern 5, public confidence 3: mean 3) = 9, MEDIUM;"
                + " district override: community concern 4 " + arrow + " 5 (survey)\","
                + "\"dimensions\":{\"harm\":1,\"vulnerability\":3,\"community_concern\":5,\"public_confidence\":3},"
                + "\"volumeBand\":3,\"trendStep\":0,\"impactMean\":3,"
                + "\"overrides\":[{\"dimension\":\"community_concern\",\"from\":4,\"to\":5,\"reason\":\"survey\"}],"
                + "\"sensitivity\":{\"input\":\"likelihood\",\"from\":3,\"to\":2,\"band\":\"LOW\","
                + "\"text\":\"likelihood 3 " + arrow + " 2 moves it to LOW\"}}],"
                + "\"notScored\":[{\"issue\":\"Domestic abuse\",\"reason\":\"not in the risk matrix\"}]}",
                org.cspstat.json.CspstatJson.write(twoIssues()));
    }

    @Test
    void tabulatesRankIssueScoresBandDimensionsAndExplanation() {
        Table table = Tables.of(twoIssues());
        assertEquals(List.of("Rank", "Issue", "Likelihood", "Impact", "Score", "Band", "harm", "vulnerability",
                "community concern", "public confidence", "Explanation"), table.columnNames());
        assertEquals(2, table.rowCount());
        assertEquals("Drugs", table.column("Issue").value(1));
        assertEquals(20L, table.column("Score").value(0));
        assertEquals(5L, table.column("community concern").value(1));
    }

    @Test
    void tabulatesTheSmallestBandChangeOfEachIssue() {
        Table table = Tables.sensitivity(twoIssues());
        assertEquals(List.of("Rank", "Issue", "Score", "Band", "Smallest change"), table.columnNames());
        assertEquals("likelihood 3 \u2192 2 moves it to LOW", table.column("Smallest change").value(1));
    }
}
