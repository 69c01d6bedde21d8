package org.cspstat.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SensitivityTest {

    private static final List<String> DIMS = RiskMatrix.CORE_DIMENSIONS;
    private static final Sensitivity DEFAULT = new Sensitivity(new Scorer(RiskSettings.defaults(DIMS)));

    private static Map<String, Integer> dims(int harm, int vulnerability, int concern, int confidence) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("harm", harm);
        m.put("vulnerability", vulnerability);
        m.put("community_concern", concern);
        m.put("public_confidence", confidence);
        return m;
    }

    @Test
    void findsAOneStepDimensionChangeWhenTheLikelihoodCannotMoveTheBand() {
        // L 5, impact mean (2+2+3+2)/4 = 2.25 -> 2, score 10 MEDIUM. Likelihood 6 is impossible and
        // 4 x 2 = 8 stays MEDIUM; harm 2 -> 3 makes the mean 2.5 -> 3 and 5 x 3 = 15 HIGH.
        BandChange change = DEFAULT.smallest(5, dims(2, 2, 3, 2)).orElseThrow();
        assertEquals(new BandChange("harm", 2, 3, Band.HIGH), change);
        assertEquals("harm 2 \u2192 3 moves it to HIGH", change.text());
    }

    @Test
    void findsATwoStepLikelihoodChangeWhenNoOneStepChangeMovesTheBand() {
        // L 5, impact 4, score 20 HIGH. One step: L 4 -> 16 HIGH; any dimension 4 -> 5 or 3 gives a
        // mean of 4.25 or 3.75 -> 4. Two steps: L 3 -> 12 MEDIUM (likelihood is tried first).
        assertEquals(Optional.of(new BandChange("likelihood", 5, 3, Band.MEDIUM)), DEFAULT.smallest(5, dims(4, 4, 4, 4)));
    }

    @Test
    void reportsNoneWhenNoSingleChangeCanMoveTheBand() {
        // L 1: the score is at most 1 x 5 = 5, LOW; every dimension at 1: impact at most (5+1+1+1)/4 = 2.
        assertEquals(Optional.empty(), DEFAULT.smallest(1, dims(1, 1, 1, 1)));
    }

    @Test
    void namesCommunityConcernWhenOnlyItAndConfidenceCarryWeight() {
        RiskSettings settings = RiskSettings.parse("s.csv", new StringReader(
                "setting,value\nweight.harm,0\nweight.vulnerability,0\n"), DIMS);
        // impact = (cc + pc)/2 = (2+2)/2 = 2, L 5 -> 10 MEDIUM; L 4 -> 8 MEDIUM; harm and
        // vulnerability weigh 0; community concern 2 -> 3 gives 2.5 -> 3, 15 HIGH.
        BandChange change = new Sensitivity(new Scorer(settings)).smallest(5, dims(5, 1, 2, 2)).orElseThrow();
        assertEquals("community concern 2 \u2192 3 moves it to HIGH", change.text());
    }

    @Test
    void eachRankedItemCarriesItsSensitivity() {
        PriorityList list = Priorities.rank(RiskConfig.bundled(), Fixture.stevenageLike());
        // ASB: 5 x 3 = 15 HIGH; likelihood 4 gives 12 MEDIUM.
        assertEquals("likelihood 5 \u2192 4 moves it to MEDIUM",
                list.items().get(0).sensitivity().orElseThrow().text());
        // Theft from the person: 1 x 3 = 3 LOW; likelihood 2 gives 6, still LOW; the first
        // one-step change that crosses is none (impact 3 -> 4 needs the mean 2.5 -> 3.5);
        // two steps: likelihood 3 gives 9 MEDIUM.
        assertEquals("likelihood 1 \u2192 3 moves it to MEDIUM",
                list.items().get(13).sensitivity().orElseThrow().text());
    }
}
