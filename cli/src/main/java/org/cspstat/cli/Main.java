package org.cspstat.cli;

import java.io.PrintWriter;
import java.util.List;
import org.cspstat.error.ConfigurationException;
import org.cspstat.error.CspstatException;
import org.cspstat.error.GapException;
import org.cspstat.hotspot.DisplacementStudy;
import org.cspstat.error.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cspstat} command: parses arguments, runs one subcommand, and turns failures into
 * a one-line message and a documented exit code.
 */
@Command(name = "cspstat", mixinStandardHelpOptions = true, version = "cspstat 0.1.0",
        description = "Crime and ASB evidence for a Community Safety Partnership's Strategic Assessment.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:unexpected failure (rerun with --verbose)",
            "2:usage error",
            "3:data error (missing path, bad row with --strict, no usable rows, gap in a period, missing lookup)"})
public final class Main implements Runnable {
    /** Every subcommand, in the order the usage lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(QualityCommand.class, CompareCommand.class,
            TrendCommand.class, HotspotsCommand.class, PrioritiesCommand.class, DisplacementCommand.class,
            LookupCommand.class, AreasCommand.class, ReportCommand.class, ChartsCommand.class, OutcomesCommand.class,
            LocationsCommand.class, PlanCommand.class, TimeOfDayCommand.class);

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
        for (Class<?> command : subcommandsFor(args)) {
            cli.addSubcommand(command);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = parseResult.expandedArgs().contains("--verbose");
            if (verbose) {
                e.printStackTrace(commandLine.getErr());
            }
            if (e instanceof CspstatException known) {
                commandLine.getErr().println("cspstat: " + Terminal.clean(message(known)));
                return exitCode(known);
            }
            if (e instanceof IllegalArgumentException) {
                commandLine.getErr().println("cspstat: " + Terminal.clean(e.getMessage()));
                return ExitCodes.USAGE;
            }
            if (outOfMemory(e)) {
                commandLine.getErr().println(OUT_OF_MEMORY);
                return ExitCodes.FAILURE;
            }
            commandLine.getErr().println("cspstat: unexpected failure: " + Terminal.clean(String.valueOf(e))
                    + (verbose ? "" : " (rerun with --verbose for details)"));
            return ExitCodes.FAILURE;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("cspstat: " + Terminal.clean(e.getMessage()));
            CommandLine.UnmatchedArgumentException.printSuggestions(e, c.getErr());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for the options.");
            return ExitCodes.USAGE;
        });
        int code;
        try {
            Profile.apply(cli, args);
        } catch (IllegalArgumentException e) {
            err.println("cspstat: " + Terminal.clean(e.getMessage()));
            err.flush();
            return ExitCodes.USAGE;
        } catch (CspstatException e) {
            err.println("cspstat: " + Terminal.clean(message(e)));
            err.flush();
            return exitCode(e);
        }
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(OUT_OF_MEMORY);
            code = ExitCodes.FAILURE;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The exit code for one of the library's kinds of error: a usage error 2; bad data, a gap in
     * a period and settings that cannot serve the request 3.
     */
    static int exitCode(CspstatException e) {
        return e instanceof UsageException ? ExitCodes.USAGE : ExitCodes.DATA;
    }

    /** The library's message with this command line's option for the setting it names, if any. */
    static String message(CspstatException e) {
        if (e instanceof GapException) {
            return e.getMessage() + " (use --allow-gaps to compare anyway)";
        }
        if (e instanceof ConfigurationException c && c.setting().equals(ConfigurationException.LOOKUP)) {
            return e.getMessage() + " (give it with --lookup FILE)";
        }
        if (e instanceof ConfigurationException c && c.setting().equals(ConfigurationException.BASELINE)) {
            // the command line has no baseline option: say what a person can do (issue 15, item 6)
            return e.getMessage().replace("; give an explicit baseline", "") + ": a trend sets the period against"
                    + " control limits from the months before it, and the data have too few of them; choose a later"
                    + " --period or load earlier months";
        }
        if (e instanceof ConfigurationException c && c.setting().equals(ConfigurationException.PERIOD)) {
            return e.getMessage() + "; choose a --period inside the data";
        }
        if (e instanceof ConfigurationException c && c.setting().equals(DisplacementStudy.REMOVE_OVERLAP)) {
            return e.getMessage() + " (--remove-overlap)";
        }
        return e.getMessage();
    }

    /**
     * The subcommands to register: the one named first on the command line alone, when there is
     * one, else all of them (for the usage and for picocli's suggestions). picocli builds a model
     * for every registered command by reflection, and the classes each one loads cost a
     * run about 45 ms of its start (docs/BENCHMARKS.md).
     */
    static List<Class<?>> subcommandsFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> command : SUBCOMMANDS) {
                if (command.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(command);
                }
            }
        }
        return SUBCOMMANDS;
    }

    static final String OUT_OF_MEMORY = "cspstat: out of memory (Java heap of "
            + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB): give Java more, e.g. java -Xmx4g -jar cspstat.jar ..., "
            + "or read less (--area-prefix, --lsoa-file, fewer files)";

    /** @return true when the failure, or anything that caused it, is running out of memory */
    static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
