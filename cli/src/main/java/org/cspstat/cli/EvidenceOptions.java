package org.cspstat.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cspstat.io.ReadLimits;
import org.cspstat.outcome.CrimeOutcomes;
import picocli.CommandLine.Option;

/** Evidence beyond the counts, read only when asked for: outcomes. */
final class EvidenceOptions {
    @Option(names = "--outcomes", paramLabel = "PATH",
            description = "police.uk -outcomes.csv files (a file, folder or zip; repeatable): the latest outcome of each "
                    + "crime of the --data street files, linked by Crime ID. Adds the outcomes section to the pack.")
    List<Path> outcomes = new ArrayList<>();

    @Option(names = "--street-outcomes",
            description = "Outcomes from the street files' Last outcome category alone (no outcomes files).")
    boolean streetOutcomes;

    @Option(names = "--harm-weights", paramLabel = "FILE",
            description = "Harm weights CSV (category,days) replacing the bundled CCHI days of the categories it names")
    Path harmWeights;

    @Option(names = "--action-plan", paramLabel = "FILE",
            description = "The partnership's action plan (CSV: theme, action, lead, expected outcome, status, optional "
                    + "evidence): completion by theme beside the evidence (see README)")
    Path actionPlan;

    /** @return true when outcomes were asked for */
    boolean wantsOutcomes() {
        return streetOutcomes || !outcomes.isEmpty();
    }

    /** @return the evidence these options ask for, read now */
    org.cspstat.report.Evidence evidence(DataOptions data) {
        return new org.cspstat.report.Evidence(outcomes(data),
                harmWeights == null ? null : org.cspstat.harm.HarmWeights.read(harmWeights),
                actionPlan == null ? null : org.cspstat.plan.ActionPlan.read(actionPlan));
    }

    /** @return the crimes of the data's police.uk files with their outcomes, or null when not asked for */
    CrimeOutcomes outcomes(DataOptions data) {
        if (!wantsOutcomes()) {
            return null;
        }
        List<Path> street = data.policeUkData();
        if (street.isEmpty()) {
            throw new IllegalArgumentException("outcomes need police.uk street files: give --data with no --mapping");
        }
        return CrimeOutcomes.read(street, outcomes, data.selection(), ReadLimits.DEFAULT);
    }
}
