package org.cspstat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The output options every analysis command shares: the format and an optional file. */
final class OutputOptions {
    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default), csv, json or md; hotspots also geojson")
    String format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to FILE (atomically; never over an input file) instead of standard output")
    Path out;

    /**
     * @param accepted the formats the command accepts
     * @return the format, lower-cased
     * @throws org.cspstat.error.UsageException naming the accepted formats
     */
    String format(String... accepted) {
        return Formats.check(format, accepted);
    }

    /**
     * Checks the output file before any work, so a refused {@code --out} fails at once.
     *
     * @param inputs the data paths
     */
    void check(List<Path> inputs) {
        if (out != null) {
            Output.checkFile(out, inputs);
        }
    }

    /** Writes the command's output to the file or standard output. */
    void write(PrintWriter stdout, String text, List<Path> inputs) {
        Output.text(stdout, out, text, inputs);
    }
}
