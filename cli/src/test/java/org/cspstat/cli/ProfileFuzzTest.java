package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cspstat.error.DataException;
import picocli.CommandLine;

/**
 * Fuzzes the profile reader ({@code --profile FILE}): any bytes as a profile, set as the defaults
 * of the {@code report} command (which has most options) and parsed (not run, so no file is written),
 * give options or fail with one of the three clean refusals: a {@link DataException} for the file
 * itself (too large, not UTF-8), an {@link IllegalArgumentException} naming the profile (a key
 * no command has), or picocli's {@link CommandLine.ParameterException} for a value of the wrong
 * type (a usage error). Seeds: {@code ProfileFuzzTestInputs/anyBytes/}.
 */
class ProfileFuzzTest {
    private static Path file;

    @FuzzTest(maxDuration = "10s")
    void anyBytes(byte[] bytes) throws IOException {
        Path f = scratch(bytes);
        for (Class<?> command : java.util.List.of(ReportCommand.class)) {
            CommandLine root = new CommandLine(new Main());
            root.addSubcommand(command);
            String name = command.getAnnotation(CommandLine.Command.class).name();
            try {
                Profile.apply(root, new String[] {name, "--profile", f.toString()});
                root.parseArgs(name, "--profile", f.toString());
            } catch (DataException e) {
                assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
            } catch (CommandLine.ParameterException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().contains("profile " + f), e.getMessage());
            }
        }
    }

    private static synchronized Path scratch(byte[] bytes) throws IOException {
        if (file == null) {
            file = Files.createTempFile("cspstat-fuzz", ".profile");
            file.toFile().deleteOnExit();
        }
        Files.write(file, bytes);
        return file;
    }
}
