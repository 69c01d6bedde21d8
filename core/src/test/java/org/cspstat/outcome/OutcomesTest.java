package org.cspstat.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.cspstat.io.AreaSelection;
import org.cspstat.error.DataException;
import org.cspstat.io.ReadLimits;
import org.cspstat.period.Period;
import org.junit.jupiter.api.Test;

/** Outcomes on a hand-made fixture (src/test/resources/outcome), every count worked out by hand below. */
class OutcomesTest {
    private static final Path DIR = Path.of("src/test/resources/outcome");

    private static CrimeOutcomes read(boolean outcomes) {
        return CrimeOutcomes.read(List.of(DIR), outcomes ? List.of(DIR) : List.of(),
                AreaSelection.namePrefix("Stevenage"), ReadLimits.DEFAULT);
    }

    @Test
    void everyStreetAndOutcomeRowIsAccountedFor() {
        CrimeOutcomes o = read(true);
        CrimeOutcomes.Account a = o.account();
        // street: 8 + 2 rows; crimes a1 a2 a3 b1 b2 (Stevenage, not ASB); ASB 1; outside: a4 (Hitchin) and a7
        // (no location, an area is selected); rejected: a5 (month 2021-13), a6 (unknown crime type)
        assertEquals(10, a.streetRows());
        assertEquals(5, a.crimes());
        assertEquals(1, a.asb());
        assertEquals(2, a.outsideArea());
        assertEquals(2, a.streetRejected());
        // outcomes: 6 rows; linked a1, a1, a3; unlinked zz; rejected: empty ID, month 2021-xx
        assertEquals(6, a.outcomeRows());
        assertEquals(3, a.linked());
        assertEquals(1, a.unlinked());
        assertEquals(2, a.outcomeRejected());
        assertEquals(2, a.crimesWithOutcomeFromFile());
        assertTrue(a.rejects().stream().anyMatch(r -> r.toString().equals(
                "2021-01-test-street.csv:7: column 'Month': expected YYYY-MM but was '2021-13'")), a.rejects().toString());
        assertTrue(a.rejects().stream().anyMatch(r -> r.toString().startsWith("2021-02-test-outcomes.csv:6: column 'Crime ID' is empty")),
                a.rejects().toString());
    }

    @Test
    void aCsvBesideTheStreetFilesThatIsNoStreetFileHasItsRowsRejected(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        // the bundled Stevenage folder holds a ward lookup and a list of expected counts beside its street files
        java.nio.file.Files.copy(DIR.resolve("2021-01-test-street.csv"), dir.resolve("2021-01-test-street.csv"));
        java.nio.file.Files.writeString(dir.resolve("lookup.csv"), "LSOACD,WDNM\nE01,Ward A\nE02,Ward B\n");
        CrimeOutcomes o = CrimeOutcomes.read(List.of(dir), List.of(), AreaSelection.namePrefix("Stevenage"),
                ReadLimits.DEFAULT);
        CrimeOutcomes one = CrimeOutcomes.read(List.of(dir.resolve("2021-01-test-street.csv")), List.of(),
                AreaSelection.namePrefix("Stevenage"), ReadLimits.DEFAULT);
        assertEquals(one.account().streetRows() + 2, o.account().streetRows());
        assertEquals(one.account().streetRejected() + 2, o.account().streetRejected());
        assertEquals(one.account().crimes(), o.account().crimes());
        assertTrue(o.account().rejects().stream().anyMatch(r -> r.toString().equals(
                "lookup.csv:1: missing column 'crime id' in the header (a police.uk street file is expected) (2 rows)")),
                o.account().rejects().toString());
    }

    @Test
    void theLatestOutcomeByMonthWinsWhateverTheLineOrder() {
        CrimeOutcomes o = read(true);
        CrimeOutcomes.Crime a1 = o.crimes().stream().filter(c -> c.id().equals("a1")).findFirst().orElseThrow();
        // 2021-02 "Suspect charged" comes before the 2021-01 line in the file, and still wins
        assertEquals("Suspect charged", a1.outcome());
        assertEquals(YearMonth.of(2021, 2), a1.outcomeMonth());
        assertEquals(OutcomeGroup.CHARGED_OR_SUMMONSED, a1.group());
        CrimeOutcomes.Crime a2 = o.crimes().stream().filter(c -> c.id().equals("a2")).findFirst().orElseThrow();
        assertEquals("Investigation complete; no suspect identified", a2.outcome()); // street, not linked
        assertTrue(!a2.fromOutcomesFile());
    }

    @Test
    void groupsByCategoryAndTheChargeShareWithFisher() {
        Period jan = Period.of(YearMonth.of(2021, 1), YearMonth.of(2021, 1));
        Period feb = Period.of(YearMonth.of(2021, 2), YearMonth.of(2021, 2));
        OutcomeAnalysis a = OutcomeAnalysis.of(read(true), feb, jan, null);
        // Feb: b1 awaiting court (charged), b2 status unavailable (other); Jan: a1 charged, a2 no suspect, a3 caution
        OutcomeAnalysis.Row all = a.byCategory().get(0);
        assertEquals("All crime", all.name());
        assertEquals(2, all.total());
        assertEquals(1, all.count(OutcomeGroup.CHARGED_OR_SUMMONSED));
        assertEquals(1, all.count(OutcomeGroup.OTHER));
        OutcomeAnalysis.ChargeShare s = a.charge().get(0);
        assertEquals(List.of(1L, 2L, 1L, 3L), List.of(s.chargedNow(), s.totalNow(), s.chargedBefore(), s.totalBefore()));
        // R: fisher.test(matrix(c(1,1,1,2),2,byrow=TRUE))$p.value = 1
        assertEquals(1.0, s.pValue(), 1e-12);
        OutcomeAnalysis b = OutcomeAnalysis.of(read(false), jan, feb, null);
        // without outcomes files, a1 is 'Under investigation' and a3 'Unable to prosecute' as the street file says
        OutcomeAnalysis.Row allJan = b.byCategory().get(0);
        assertEquals(1, allJan.count(OutcomeGroup.UNDER_INVESTIGATION));
        assertEquals(1, allJan.count(OutcomeGroup.UNABLE_TO_PROSECUTE));
        assertTrue(org.cspstat.json.CspstatJson.write(a).contains("\"chargeShare\":[{\"category\":\"All crime\",\"chargedNow\":1,\"crimesNow\":2"));
        assertEquals("Stevenage 001A", a.byArea().get(0).name());
    }

    @Test
    void fisherMatchesR() {
        // Rscript -e 'fisher.test(matrix(c(40,607,50,491),2,byrow=TRUE))$p.value' and so on
        assertEquals(0.0483425122764447, FisherExact.twoSided(40, 607, 50, 491), 1e-12);
        assertEquals(0.0600480352832563, FisherExact.twoSided(0, 62, 5, 65), 1e-12);
        assertEquals(0.191998258190066, FisherExact.twoSided(18, 276, 23, 223), 1e-12);
        assertEquals(0.523809523809524, FisherExact.twoSided(1, 4, 2, 2), 1e-12);
        assertEquals(0.485714285714286, FisherExact.twoSided(3, 1, 1, 3), 1e-12);
        assertEquals(4.3947827527163e-65, FisherExact.twoSided(417, 6435, 900, 5000), 1e-74);
        assertEquals(1.0, FisherExact.twoSided(0, 5, 0, 7), 0);
    }

    @Test
    void groupsOfOutcomeTexts() {
        assertEquals(OutcomeGroup.CHARGED_OR_SUMMONSED, OutcomeGroup.of("Offender fined"));
        assertEquals(OutcomeGroup.CHARGED_OR_SUMMONSED, OutcomeGroup.of(" court result unavailable "));
        assertEquals(OutcomeGroup.OTHER_SANCTION, OutcomeGroup.of("Local resolution"));
        assertEquals(OutcomeGroup.NO_SUSPECT_IDENTIFIED, OutcomeGroup.of("Investigation complete; no suspect identified"));
        assertEquals(OutcomeGroup.OTHER, OutcomeGroup.of("Formal action is not in the public interest"));
        assertEquals(OutcomeGroup.OTHER, OutcomeGroup.of(""));
    }

    @Test
    void anOutcomesFolderWithoutOutcomesFilesIsADataError() {
        DataException e = assertThrows(DataException.class, () -> CrimeOutcomes.read(List.of(DIR),
                List.of(Path.of("src/test/resources/org")), AreaSelection.all(), ReadLimits.DEFAULT));
        assertTrue(e.getMessage().contains("no police.uk -outcomes.csv files found"), e.getMessage());
    }
}
