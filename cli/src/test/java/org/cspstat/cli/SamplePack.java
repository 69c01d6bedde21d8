package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One pack from the embedded sample, made once for the tests that look at it. */
final class SamplePack {
    private static Path dir;
    private static CliTest.Result result;

    private SamplePack() {
    }

    /** @return the folder the pack was written to */
    static synchronized Path dir() {
        if (dir == null) {
            try {
                Path tmp = Files.createTempDirectory("cspstat-pack");
                tmp.toFile().deleteOnExit();
                result = CliTest.run("report", "--out", tmp.resolve("pack").toString());
                assertEquals(0, result.code(), result.err());
                dir = tmp.resolve("pack");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    /** @return what the report command printed */
    static CliTest.Result result() {
        dir();
        return result;
    }
}
