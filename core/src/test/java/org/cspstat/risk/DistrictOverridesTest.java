package org.cspstat.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.cspstat.error.DataException;
import org.junit.jupiter.api.Test;

class DistrictOverridesTest {

    private static final String HEADER = "issue,dimension,score,reason\n";
    private static final RiskMatrix MATRIX = RiskMatrix.bundled();

    private static DistrictOverrides parse(String csv) {
        return DistrictOverrides.parse("override.csv", new StringReader(csv), MATRIX);
    }

    private static void assertFails(String csv, String message) {
        DataException e = assertThrows(DataException.class, () -> parse(csv));
        assertEquals(message, e.getMessage());
    }

    @Test
    void readsOverridesWithDimensionsInWordsAndQuotedReasons() {
        DistrictOverrides o = parse(HEADER
                + "anti-social behaviour,Public confidence,5,\"Residents' survey 2017, question 4\"\n"
                + "Drugs,vulnerability,4,County lines exploitation of children\n");
        assertEquals(List.of(
                new ScoreOverride("Anti-social behaviour", "public_confidence", 4, 5,
                        "Residents' survey 2017, question 4", 2),
                new ScoreOverride("Drugs", "vulnerability", 3, 4, "County lines exploitation of children", 3)),
                o.overrides());
    }

    @Test
    void replacesOnlyTheNamedScoresOfARow() {
        DistrictOverrides o = parse(HEADER + "Drugs,community_concern,5,survey\n");
        assertEquals(Map.of("harm", 1, "vulnerability", 3, "community_concern", 5, "public_confidence", 3),
                o.apply(MATRIX.rows().get("Drugs")));
        assertEquals(MATRIX.rows().get("Burglary").scores(), o.apply(MATRIX.rows().get("Burglary")));
    }

    @Test
    void rejectsAnIssueNotInTheCountyMatrix() {
        assertFails(HEADER + "Dog fouling,harm,5,DA strategy\n",
                "override.csv:2: unknown issue 'Dog fouling': not in the county matrix default-matrix.csv");
    }

    @Test
    void rejectsAnUnknownDimension() {
        assertFails(HEADER + "Drugs,likelihood,5,feels likely\n",
                "override.csv:2: unknown dimension 'likelihood' (the matrix has harm, vulnerability,"
                        + " community_concern, public_confidence)");
    }

    @Test
    void rejectsAScoreOutsideOneToFiveOrNotWhole() {
        assertFails(HEADER + "Drugs,harm,9,x\n", "override.csv:2: column 'score': score 9 is outside 1 to 5");
        assertFails(HEADER + "Drugs,harm,high,x\n",
                "override.csv:2: column 'score': expected a whole number from 1 to 5 but was 'high'");
    }

    @Test
    void rejectsAnEmptyReason() {
        assertFails(HEADER + "Drugs,harm,2,\n", "override.csv:2: column 'reason': every override needs a reason");
        assertFails(HEADER + "Drugs,harm,2,\"  \"\n", "override.csv:2: column 'reason': every override needs a reason");
    }

    @Test
    void rejectsTheSameScoreOverriddenTwice() {
        assertFails(HEADER + "Drugs,harm,2,a\nDrugs,Harm,3,b\n",
                "override.csv:3: duplicate override of 'Drugs' harm (first on line 2)");
    }

    @Test
    void rejectsAMissingColumn() {
        assertFails("issue,dimension,score\nDrugs,harm,2\n", "override.csv:1: missing column 'reason'");
    }
}
