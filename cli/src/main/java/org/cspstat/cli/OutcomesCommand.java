package org.cspstat.cli;

import java.util.concurrent.Callable;
import org.cspstat.io.Dataset;
import org.cspstat.io.ProgressListener;
import org.cspstat.outcome.CrimeOutcomes;
import org.cspstat.outcome.OutcomeAnalysis;
import org.cspstat.period.Period;
import org.cspstat.format.TableFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cspstat outcomes}: what happened to the crimes, by category and area, and the charge share. */
@Command(name = "outcomes", mixinStandardHelpOptions = true,
        description = "Outcomes of the crimes reported in a period (street files' Last outcome category, or the latest "
                + "outcome per Crime ID from --outcomes files): outcome groups by category and area, and the share "
                + "charged or summonsed against the previous period with Fisher's exact test.")
final class OutcomesCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Mixin
    PeriodOptions periods;

    @Mixin
    EvidenceOptions evidence;

    @Option(names = "--table", defaultValue = "category", paramLabel = "TABLE",
            description = "For csv: category (default: outcome groups by category), area, or charge (the charge/summons "
                    + "share year on year)")
    String table;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String format = output.format("text", "csv", "json", "md");
        String which = table.strip().toLowerCase(java.util.Locale.ROOT);
        if (!java.util.List.of("category", "area", "charge").contains(which)) {
            throw new IllegalArgumentException("unknown table '" + table + "': expected category, area or charge");
        }
        evidence.streetOutcomes = true;
        Dataset d = data.load(false, false, ProgressListener.NONE);
        Period current = periods.current(d.counts());
        CrimeOutcomes crimes = evidence.outcomes(data);
        OutcomeAnalysis a = OutcomeAnalysis.of(crimes, current, periods.previous(current), d.lookup());
        String text;
        if (format.equals("json")) {
            text = org.cspstat.json.CspstatJson.write(a);
        } else if (format.equals("csv")) {
            text = switch (which) {
                case "area" -> TableFormat.CSV.render(OutcomeAnalysis.groupColumns("area"),
                        OutcomeAnalysis.groupCells(a.byArea()));
                case "charge" -> TableFormat.CSV.render(OutcomeAnalysis.chargeColumns(), a.chargeCells());
                default -> TableFormat.CSV.render(OutcomeAnalysis.groupColumns("category"),
                        OutcomeAnalysis.groupCells(a.byCategory()));
            };
        } else {
            TableFormat f = TableFormat.parse(format);
            String h = format.equals("md") ? "## " : "";
            text = h + "Outcomes of crimes reported in " + current.label() + " — " + d.area() + "\n\n"
                    + f.render(OutcomeAnalysis.groupDisplayColumns("Category"),
                            OutcomeAnalysis.groupDisplayCells(a.byCategory()))
                    + "\n" + h + "Charged or summonsed, " + current.label() + " against " + a.previous().label() + "\n\n"
                    + f.render(a.chargeDisplayColumns(), a.chargeDisplayCells())
                    + "\n" + h + "All crime by area\n\n"
                    + f.render(OutcomeAnalysis.groupDisplayColumns("Area"), OutcomeAnalysis.groupDisplayCells(a.byArea()))
                    + "\n" + a.note() + "\nSource: police.uk, Open Government Licence v3.0\n";
        }
        output.write(spec.commandLine().getOut(), text, data.data);
        return ExitCodes.OK;
    }
}
