package org.cspstat.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.cspstat.io.AreaSelection;
import org.cspstat.io.ReadLimits;
import org.cspstat.period.Period;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Stevenage's crimes Apr 2021 – Jan 2022 with the Hertfordshire outcomes files, against the
 * independent count of tools/scripts/check_outcomes.py (python3, csv module):
 *
 * <pre>
 * python3 tools/scripts/check_outcomes.py ../shared/data/police-uk 2021-04 2022-01
 * All crime 6852 {charged_or_summonsed: 417, no_suspect_identified: 1997, other: 378, other_sanction: 206,
 *                 unable_to_prosecute: 2737, under_investigation: 1117}
 * Burglary 222 {charged_or_summonsed: 9, no_suspect_identified: 128, other: 9, other_sanction: 1,
 *               unable_to_prosecute: 32, under_investigation: 43}
 * Violence and sexual offences 2914 {charged_or_summonsed: 152, no_suspect_identified: 162, other: 162,
 *               other_sanction: 70, unable_to_prosecute: 1825, under_investigation: 543}
 * </pre>
 */
@Tag("real-data")
class OutcomeRealDataTest {
    private static final Path ROOT = Path.of("../../shared/data/police-uk");

    @Test
    void outcomeGroupsMatchAnIndependentCount() {
        assumeTrue(Files.isDirectory(ROOT), "needs ../shared/data");
        CrimeOutcomes o = CrimeOutcomes.read(List.of(ROOT.resolve("hertfordshire-2021-01-to-2022-01")),
                List.of(ROOT.resolve("hertfordshire-outcomes-2021-01-to-2022-01")),
                AreaSelection.namePrefix("Stevenage"), ReadLimits.DEFAULT);
        OutcomeAnalysis a = OutcomeAnalysis.of(o, Period.of(YearMonth.of(2021, 4), YearMonth.of(2022, 1)),
                Period.of(YearMonth.of(2020, 4), YearMonth.of(2021, 1)), null);
        check(a, "All crime", 6852, 417, 206, 1997, 2737, 1117, 378);
        check(a, "Burglary", 222, 9, 1, 128, 32, 43, 9);
        check(a, "Violence and sexual offences", 2914, 152, 70, 162, 1825, 543, 162);
        assertEquals(0, o.account().streetRejected());
        assertEquals(0, o.account().outcomeRejected());
    }

    private static void check(OutcomeAnalysis a, String name, long total, long... groups) {
        OutcomeAnalysis.Row r = a.byCategory().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        assertEquals(total, r.total(), name);
        for (OutcomeGroup g : OutcomeGroup.values()) {
            assertEquals(groups[g.ordinal()], r.count(g), name + " " + g);
        }
    }
}
