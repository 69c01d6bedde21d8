package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.cspstat.io.ProgressListener;
import org.junit.jupiter.api.Test;

/** The progress bar: drawn for two files or more, never when nobody watches. */
class LoadProgressTest {

    @Test
    void aBarCountsTheFilesRead() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (LoadProgress p = new LoadProgress(new PrintStream(captured, true, StandardCharsets.UTF_8))) {
            p.sourceDone("2021-01.csv", 1, 3);
            p.sourceDone("2021-02.csv", 2, 3);
            p.sourceDone("2021-03.csv", 3, 3);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("Reading"), out);
        assertTrue(out.contains("3/3"), out);
    }

    @Test
    void oneFileDrawsNothing() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (LoadProgress p = new LoadProgress(new PrintStream(captured, true, StandardCharsets.UTF_8))) {
            p.sourceDone("national.csv", 1, 1);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutATerminalTheLoadHearsNothing() {
        // tests run without a console, as pipes and logs do
        assertSame(ProgressListener.NONE, LoadProgress.onTerminal().listener());
    }
}
