package org.cspstat.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.cspstat.compare.CategoryGroups;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.io.Dataset;
import org.cspstat.io.ProgressListener;
import org.cspstat.format.TableFormat;
import org.cspstat.risk.PriorityList;
import org.cspstat.risk.RiskConfig;
import org.cspstat.risk.RiskAssessment;
import org.cspstat.table.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cspstat priorities}: the risk matrix and the ranked, explained priorities. */
@Command(name = "priorities", mixinStandardHelpOptions = true,
        description = "Score each issue on the risk matrix (likelihood from the data: volume and significant trend; "
                + "impact from the county matrix and district overrides) and rank the partnership's priorities, "
                + "each with a one-line explanation.")
final class PrioritiesCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Mixin
    PeriodOptions periods;

    @Mixin
    RiskOptions risk;

    @Mixin
    GroupOptions groups;

    @Option(names = "--sensitivity", description = "Also show, for each issue, the smallest change to one score that "
            + "moves it to another band")
    boolean sensitivity;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String f = output.format("text", "csv", "json", "md");
        output.check(data.data); // before the work: a refused --out fails at once
        Dataset d = data.load(false, false, ProgressListener.NONE); // totals by category only: no areas needed
        CategoryGroups g = groups.groups();
        ComparisonResult comparison = CompareCommand.run(d, periods, "category", null, g, List.of(), "holm", null);
        RiskConfig config = risk.load(d, g);
        PriorityList list = RiskAssessment.rank(config, comparison);
        String text;
        if (f.equals("json")) {
            text = org.cspstat.json.CspstatJson.write(list);
        } else if (f.equals("csv")) {
            text = TableFormat.CSV.render(Tables.of(list));
        } else {
            TableFormat tf = TableFormat.parse(f);
            StringBuilder s = new StringBuilder();
            s.append(f.equals("md") ? "## " : "").append("Priorities: ").append(comparison.title()).append(" — ")
                    .append(d.area()).append("\n\n").append(tf.render(Tables.of(list)));
            if (sensitivity) {
                s.append('\n').append(tf.render(Tables.sensitivity(list)));
            }
            list.notScored().forEach(n -> s.append("Not scored: ").append(n.issue()).append(" (").append(n.reason())
                    .append(")\n"));
            s.append('\n').append(config.settings().rule()).append(" The bundled matrix is illustrative "
                    + "(docs/risk.md). Source: ").append(d.source()).append('\n');
            text = s.toString();
        }
        output.write(spec.commandLine().getOut(), text, data.data);
        return ExitCodes.OK;
    }
}
