package org.cspstat.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cspstat.format.TableFormat;
import org.cspstat.plan.ActionPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cspstat plan}: the action plan's completion by theme and overall. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Action plan completion by theme and overall, exact to one decimal (41 of 42 is 97.6%%).")
final class PlanCommand implements Callable<Integer> {
    @Option(names = "--action-plan", required = true, paramLabel = "FILE",
            description = "CSV: theme, action, lead, expected outcome, status (complete, on track, at risk, not started), "
                    + "optional evidence")
    Path file;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String format = output.format("text", "csv", "json", "md");
        ActionPlan plan = ActionPlan.read(file);
        List<String> display = List.of("Theme", "Actions", "Complete", "On track", "At risk", "Not started", "% complete",
                "Evidence");
        String text = format.equals("json") ? org.cspstat.json.CspstatJson.write(plan)
                : format.equals("csv") ? TableFormat.CSV.render(ActionPlan.columnNames(), plan.cells())
                : (format.equals("md") ? "## " : "") + "Action plan: " + file.getFileName() + "\n\n"
                        + TableFormat.parse(format).render(display, plan.cells());
        output.write(spec.commandLine().getOut(), text, List.of(file));
        return ExitCodes.OK;
    }
}
