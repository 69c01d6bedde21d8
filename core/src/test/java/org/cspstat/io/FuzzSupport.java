package org.cspstat.io;

import org.cspstat.error.DataException;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the reader fuzz targets share: one scratch file per JVM, rewritten for every input, and the
 * property every load must have (a DataException or an account that reconciles, nothing else).
 */
final class FuzzSupport {
    private static Path dir;

    private FuzzSupport() {
    }

    /** Writes bytes to a scratch file named like a police.uk street file and returns it. */
    static synchronized Path scratch(String name, byte[] bytes) {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("cspstat-fuzz");
                dir.toFile().deleteOnExit();
            }
            Path file = dir.resolve(name);
            Files.write(file, bytes);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads and checks the account; a DataException (a clean refusal) is an acceptable outcome,
     * any other exception fails the target.
     */
    static void loadAndReconcile(LoadOptions options) {
        Dataset d;
        try {
            d = Loader.load(options);
        } catch (DataException e) {
            if (e.getMessage().contains("\tat ") || e.reason().isEmpty()) {
                throw new AssertionError("malformed message: " + e.getMessage(), e);
            }
            return;
        }
        DataQuality q = d.quality();
        assertEquals(q.rowsRead(), q.accepted() + q.outsideArea() + q.rejected(), "accounting");
        long byReason = q.rejectedByReason().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(q.rejected(), byReason, "rejects by reason add up");
        long monthly = q.monthTotals().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(q.accepted(), monthly, "monthly totals add up to accepted");
    }
}
