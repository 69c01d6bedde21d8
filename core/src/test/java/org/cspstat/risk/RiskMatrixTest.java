package org.cspstat.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.cspstat.error.DataException;
import org.junit.jupiter.api.Test;

class RiskMatrixTest {

    private static final String HEADER = "issue,harm,vulnerability,community_concern,public_confidence\n";

    private static RiskMatrix parse(String csv) {
        return RiskMatrix.parse("matrix.csv", new StringReader(csv), Issues.with(List.of("Domestic abuse")));
    }

    private static void assertFails(String csv, String message) {
        DataException e = assertThrows(DataException.class, () -> parse(csv));
        assertEquals(message, e.getMessage());
    }

    @Test
    void bundledMatrixScoresTheFourteenCategoriesWithHarmBandedFromCrimeHarmIndexDays() {
        RiskMatrix m = RiskMatrix.bundled();
        List<String> expected = new java.util.ArrayList<>(Issues.POLICE_UK_CATEGORIES);
        expected.addAll(Issues.FLAG_CATEGORIES); // domestic abuse, hate crime and knife crime: flags of force or council data
        assertEquals(expected, List.copyOf(m.rows().keySet()));
        assertEquals(RiskMatrix.CORE_DIMENSIONS, m.dimensions());
        // band edges: 1 under 5 days, 2 under 20, 3 under 100, 4 under 300, 5 from 300 (DOMAIN.md §5 days)
        Map<String, Integer> harm = Map.ofEntries(
                Map.entry("Robbery", 5),                        // 365
                Map.entry("Possession of weapons", 4),          // 273.75
                Map.entry("Burglary", 4),                       // 190.7-252.5
                Map.entry("Violence and sexual offences", 4),   // 159.1-235.1
                Map.entry("Other crime", 2),                    // 10
                Map.entry("Criminal damage and arson", 2),      // 4.9-18.2, midpoint 11.55
                Map.entry("Public order", 2),                   // 7.5
                Map.entry("Vehicle crime", 2),                  // 5
                Map.entry("Drugs", 1),                          // 3.25-3.96
                Map.entry("Other theft", 1),                    // 2
                Map.entry("Theft from the person", 1),          // 2
                Map.entry("Bicycle theft", 1),                  // 2
                Map.entry("Shoplifting", 1),                    // 1
                Map.entry("Anti-social behaviour", 1));         // no CCHI weight
        harm.forEach((issue, score) -> assertEquals(score, m.rows().get(issue).score("harm"), issue));
        assertTrue(m.rows().get("Robbery").note().contains("365"));
    }

    @Test
    void readsAnExtraDimensionANoteColumnCommentsAndCanonicalIssueSpelling() {
        RiskMatrix m = parse("# county matrix\n"
                + "Issue,Harm,Vulnerability,Community concern,Public confidence,Repeat victims,Note\n"
                + "burglary,4,4,4,4,2,CCHI ~200 days\n"
                + "\"Domestic abuse\",4,5,3,3,5,\n"
                + ",,,,,,\n");
        assertEquals(List.of("harm", "vulnerability", "community_concern", "public_confidence", "repeat_victims"),
                m.dimensions());
        assertEquals(List.of("Burglary", "Domestic abuse"), List.copyOf(m.rows().keySet()));
        assertEquals(2, m.rows().get("Burglary").score("repeat_victims"));
        assertEquals("CCHI ~200 days", m.rows().get("Burglary").note());
        assertEquals(3, m.rows().get("Burglary").line());
    }

    @Test
    void rejectsAMissingColumnOnTheHeaderLine() {
        assertFails("issue,harm,vulnerability,public_confidence\nBurglary,4,4,4\n",
                "matrix.csv:1: missing column 'community_concern'");
    }

    @Test
    void rejectsAnUnknownCategory() {
        assertFails(HEADER + "Burglary,4,4,4,4\nBurglery,4,4,4,4\n",
                "matrix.csv:3: unknown issue 'Burglery' (expected a police.uk category, 'All crime', 'All ASB'"
                        + " or a declared group)");
    }

    @Test
    void rejectsAScoreOutsideOneToFive() {
        assertFails(HEADER + "Robbery,6,4,4,4\n", "matrix.csv:2: column 'harm': score 6 is outside 1 to 5");
        assertFails(HEADER + "Robbery,5,0,4,4\n", "matrix.csv:2: column 'vulnerability': score 0 is outside 1 to 5");
    }

    @Test
    void rejectsAScoreThatIsNotAWholeNumber() {
        assertFails(HEADER + "Robbery,5,4,3.5,4\n",
                "matrix.csv:2: column 'community_concern': expected a whole number from 1 to 5 but was '3.5'");
    }

    @Test
    void rejectsAMissingScoreInAShortRow() {
        assertFails(HEADER + "Robbery,5,4,4\n", "matrix.csv:2: column 'public_confidence': missing score");
    }

    @Test
    void rejectsADuplicateIssueNamingTheFirstLine() {
        assertFails(HEADER + "Robbery,5,4,4,4\n# comment\nrobbery,5,4,4,3\n",
                "matrix.csv:4: duplicate issue 'Robbery' (first on line 2)");
    }

    @Test
    void rejectsARowWithMoreFieldsThanTheHeader() {
        assertFails(HEADER + "Robbery,5,4,4,4,3\n", "matrix.csv:2: found 6 fields but the header has 5");
    }

    @Test
    void rejectsAnEmptyIssueName() {
        assertFails(HEADER + ",5,4,4,4\n", "matrix.csv:2: column 'issue': missing issue name");
    }

    @Test
    void rejectsADuplicateOrUnnamedColumn() {
        assertFails("issue,harm,harm,vulnerability,community_concern,public_confidence\n",
                "matrix.csv:1: duplicate column 'harm'");
        assertFails("issue,harm,,vulnerability,community_concern,public_confidence\n",
                "matrix.csv:1: column 3 has no name");
    }

    @Test
    void rejectsAnEmptyFileAndAFileWithoutIssues() {
        assertFails("# only a comment\n", "matrix.csv: empty file: expected a header row");
        assertFails(HEADER, "matrix.csv: no issues: expected at least one row after the header");
    }

    @Test
    void acceptsAByteOrderMarkBeforeTheHeader() {
        RiskMatrix m = parse("\uFEFF" + HEADER + "Drugs,1,3,4,3\n");
        assertEquals(4, m.rows().get("Drugs").score("community_concern"));
    }
}
