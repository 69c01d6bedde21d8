package org.cspstat.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.management.ObjectName;

/**
 * Tells HotSpot not to use its optimising (C2) compiler when the run will be short. For small
 * inputs C2's compilations cost more CPU than they give back; past a size its faster code wins.
 * Measured on two cores (docs/BENCHMARKS.md): a load that keeps counts by area gains from C1 alone
 * up to about 3 GB (a 2-million-row file: 0.6 s against 0.8 s; a report: 2.0 s of CPU against
 * 2.9 s); a load by category only, whose loop is small and compiled soon, only up to about 300 MB
 * (1 million rows: 0.62 s against 0.68 s; 2 million: equal; 10 million: 1.8 s against 1.3 s).
 * This is the run-time form of {@code -XX:TieredStopAtLevel=1}: a compiler directive excluding
 * C2, added through the JVM's diagnostic command {@code Compiler.directives_add}.
 *
 * <p>Two ways to reach that command: directly (about 20 ms; the CLI jar's manifest opens
 * {@code jdk.management/com.sun.management.internal} for it), or through the platform MBean
 * server (about 110 ms, so only where the run is long enough to repay it). On another JVM, or
 * when neither works, nothing changes. Set {@code CSPSTAT_FULL_JIT=1} to keep C2 always.
 */
final class JitHint {
    /** Inputs up to this many bytes load faster without C2, when counts by area are kept. */
    static final long QUICK_MAX_BYTES = 3L << 30;
    /** Inputs up to this many bytes load faster without C2, when counts are by category only. */
    static final long QUICK_MAX_BYTES_BY_CATEGORY = 300L << 20;

    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";
    private static boolean added;

    private JitHint() {
    }

    /**
     * Excludes C2 when the data paths hold less than the limit for the kind of load (the embedded
     * sample when there are none), by the direct route only.
     *
     * @param data the data paths of the run
     * @param areas true when the load keeps counts by area
     * @return true when C2 is now excluded from this run
     */
    static boolean forInput(List<Path> data, boolean areas) {
        return inputBytes(data) < limit(areas) && add(false);
    }

    /** @return the input size below which a load of this kind is faster with C1 alone */
    static long limit(boolean areas) {
        return areas ? QUICK_MAX_BYTES : QUICK_MAX_BYTES_BY_CATEGORY;
    }

    /** Excludes C2 whatever the input, by either route: for report and charts, which render as well as load. */
    static void preferQuickCompilation() {
        add(true);
    }

    /** @return the bytes of the regular files under the paths, stopping once past the limit */
    static long inputBytes(List<Path> data) {
        long total = 0;
        for (Path p : data) {
            try (Stream<Path> files = Files.walk(p)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(f)) {
                        total += Files.size(f);
                        if (total >= QUICK_MAX_BYTES) {
                            return total;
                        }
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // a missing or unreadable path: the loader reports it
            }
        }
        return total;
    }

    private static synchronized boolean add(boolean viaMBeanToo) {
        if (added || "1".equals(System.getenv("CSPSTAT_FULL_JIT"))) {
            return added;
        }
        Path file = null;
        try {
            file = Files.createTempFile("cspstat-jit", ".json");
            Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
            added = direct(file) || viaMBeanToo && viaMBean(file);
        } catch (IOException e) {
            // no temporary file: run with the JVM's own compiler settings
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file of 50 bytes; the system cleans its temporary folder
                }
            }
        }
        return added;
    }

    /** The diagnostic command itself, without the MBean server; needs the package opened (the jar's manifest). */
    private static boolean direct(Path file) {
        try {
            Class.forName("com.sun.management.internal.PlatformMBeanProviderImpl"); // loads the native library
            Class<?> impl = Class.forName("com.sun.management.internal.DiagnosticCommandImpl");
            Method bean = impl.getDeclaredMethod("getDiagnosticCommandMBean");
            bean.setAccessible(true);
            Method execute = impl.getDeclaredMethod("executeDiagnosticCommand", String.class);
            execute.setAccessible(true);
            Object out = execute.invoke(bean.invoke(null), "Compiler.directives_add " + file);
            return String.valueOf(out).contains("1 compiler directives added");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError notOpenedOrNotHotSpot) {
            return false;
        }
    }

    private static boolean viaMBean(Path file) {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            return true;
        } catch (Exception | LinkageError notHotSpot) {
            return false;
        }
    }
}
