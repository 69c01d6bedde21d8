package org.cspstat.cli;

import java.io.PrintWriter;
import org.cspstat.io.DataException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cspstat} command: parses arguments, runs one subcommand, and turns failures into
 * a one-line message and a documented exit code.
 */
@Command(name = "cspstat", mixinStandardHelpOptions = true, version = "cspstat 0.1.0",
        description = "Crime and ASB evidence for a Community Safety Partnership's Strategic Assessment.",
        subcommands = {QualityCommand.class, CompareCommand.class, TrendCommand.class,
            HotspotsCommand.class, PrioritiesCommand.class, DisplacementCommand.class,
            LookupCommand.class, ReportCommand.class, ChartsCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:unexpected failure (rerun with --verbose)",
            "2:usage error",
            "3:data error (missing path, bad row with --strict, no usable rows, gap in a period)"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line with the given streams (for tests).
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = parseResult.expandedArgs().contains("--verbose");
            if (verbose) {
                e.printStackTrace(commandLine.getErr());
            }
            if (e instanceof DataException) {
                commandLine.getErr().println("cspstat: " + e.getMessage());
                return ExitCodes.DATA;
            }
            if (e instanceof IllegalArgumentException) {
                commandLine.getErr().println("cspstat: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            commandLine.getErr().println("cspstat: unexpected failure: " + e
                    + (verbose ? "" : " (rerun with --verbose for details)"));
            return ExitCodes.FAILURE;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("cspstat: " + e.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for the options.");
            return ExitCodes.USAGE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
