package org.cspstat.cli;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.ObjectName;

/**
 * Tells HotSpot not to use its optimising (C2) compiler in this run. A report takes a couple of
 * seconds: C2's compilations cost more CPU than they give back in so short a run (on two cores,
 * a report took about 2.9 s of CPU with it and 2.0 s without). This is the run-time form of
 * {@code -XX:TieredStopAtLevel=1}: a compiler directive added through the DiagnosticCommand
 * MBean. Set {@code CSPSTAT_FULL_JIT=1} to keep C2; on a JVM without the MBean nothing changes.
 */
final class JitHint {
    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private JitHint() {
    }

    /** Adds the directive, quietly doing nothing when the JVM cannot take it. */
    static void preferQuickCompilation() {
        if ("1".equals(System.getenv("CSPSTAT_FULL_JIT"))) {
            return;
        }
        Path file = null;
        try {
            file = Files.createTempFile("cspstat-jit", ".json");
            Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
        } catch (Exception | LinkageError notHotSpot) {
            // another JVM, or management disabled: run with its own compiler settings
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException ignored) {
                    // a temporary file of 50 bytes; the system cleans its temporary folder
                }
            }
        }
    }
}
