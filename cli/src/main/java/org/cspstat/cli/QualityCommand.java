package org.cspstat.cli;

import java.util.concurrent.Callable;
import org.cspstat.io.Dataset;
import org.cspstat.io.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cspstat quality}: the account of every row read. */
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = "Account for every row: read, accepted, outside the area, rejected (with file:line: reason), "
                + "months covered and gap months.")
final class QualityCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    /** Output formats of this command. */
    enum Format { text, json }

    @Override
    public Integer call() {
        Dataset d = data.load(false, false, ProgressListener.NONE); // totals by category only: no areas needed
        String out = format == Format.json ? org.cspstat.json.CspstatJson.write(d.quality()) : "Data: " + d.source() + "\nArea: " + d.area()
                + "\n" + d.quality().toText();
        spec.commandLine().getOut().println(out);
        return ExitCodes.OK;
    }
}
