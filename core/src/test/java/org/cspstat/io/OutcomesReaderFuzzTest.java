package org.cspstat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.cspstat.error.DataException;
import org.cspstat.outcome.CrimeOutcomes;

/**
 * Fuzzes the outcomes reader ({@code outcomes --outcomes}): a fixed street file and any bytes as a
 * police.uk outcomes file give crimes whose account adds up, or a {@link DataException}. Seeds:
 * {@code OutcomesReaderFuzzTestInputs/anyBytes/}.
 */
class OutcomesReaderFuzzTest {
    private static final String STREET = Fixtures.HEADER + "\n"
            + "c1,2021-01,Herts,Herts,-0.2,51.9,On or near Park Road,E01000001,Stevenage 001A,Burglary,"
            + "Under investigation,\n"
            + "c2,2021-01,Herts,Herts,-0.2,51.9,On or near Park Road,E01000001,Stevenage 001A,Drugs,"
            + "Offender given a caution,\n"
            + ",2021-01,Herts,Herts,-0.2,51.9,On or near Park Road,E01000001,Stevenage 001A,Anti-social behaviour,,\n";

    @FuzzTest(maxDuration = "10s")
    void anyBytes(byte[] bytes) {
        Path street = FuzzSupport.scratch("2021-01-herts-street.csv", STREET.getBytes(StandardCharsets.UTF_8));
        Path outcomes = FuzzSupport.scratch("2021-02-herts-outcomes.csv", bytes);
        CrimeOutcomes o;
        try {
            o = CrimeOutcomes.read(List.of(street), List.of(outcomes), AreaSelection.all(),
                    ReadLimits.DEFAULT);
        } catch (DataException e) {
            assertTrue(!e.getMessage().contains("\tat "), e.getMessage());
            return;
        }
        CrimeOutcomes.Account a = o.account();
        assertEquals(2, o.crimes().size(), "the street file's two crimes, whatever the outcomes file holds");
        assertTrue(a.crimes() >= 0 && a.asb() >= 0, a.toString());
    }
}
