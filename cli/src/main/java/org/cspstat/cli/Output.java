package org.cspstat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.cspstat.error.DataException;

/**
 * Writes outputs atomically: to a temporary file beside the target, then moved into place, so an
 * interrupted run never leaves a half-written file. Never overwrites an input file.
 */
final class Output {
    private Output() {
    }

    /**
     * Writes text to a file, or to standard output when the file is null.
     *
     * @param out standard output
     * @param file the target, or null
     * @param text the content
     * @param inputs the data paths, which must never be overwritten
     */
    static void text(PrintWriter out, Path file, String text, List<Path> inputs) {
        if (file == null) {
            out.print(text.endsWith("\n") ? text : text + "\n");
            out.flush();
            return;
        }
        bytes(file, text.getBytes(StandardCharsets.UTF_8), inputs);
    }

    /**
     * Writes bytes atomically.
     *
     * @param file the target
     * @param bytes the content
     * @param inputs the data paths, which must never be overwritten
     * @throws DataException when the target is an input or cannot be written
     */
    static void bytes(Path file, byte[] bytes, List<Path> inputs) {
        refuseInputs(file, inputs);
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".part");
            try {
                Files.write(tmp, bytes);
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw DataException.of(file.toString(), "cannot be written: " + e.getMessage());
        }
    }

    /**
     * Refuses, before any work, a folder of outputs that would hold CSV files inside an input
     * folder (the report's tables), where the next run would read them as data.
     *
     * @param dir the folder about to be written
     * @param inputs the data paths
     * @throws DataException when the folder is an input folder or inside one
     */
    static void refuseFolderInInputs(Path dir, List<Path> inputs) {
        Path d = dir.toAbsolutePath().normalize();
        for (Path in : inputs) {
            Path i = in.toAbsolutePath().normalize();
            if (d.startsWith(i) && Files.isDirectory(i)) {
                throw DataException.of(dir.toString(), "is inside the input folder " + in
                        + ", where the next run would read its CSV tables as data; write it elsewhere");
            }
        }
    }

    /**
     * @param target a file about to be written
     * @param inputs the data paths
     * @throws DataException when the target is an input file, or a CSV or zip file inside an input
     *     folder (an existing one would be overwritten; a new one would be read as data next time)
     */
    static void refuseInputs(Path target, List<Path> inputs) {
        Path t = target.toAbsolutePath().normalize();
        for (Path in : inputs) {
            Path i = in.toAbsolutePath().normalize();
            boolean same;
            try {
                same = Files.exists(t) && Files.exists(i) && Files.isSameFile(t, i);
            } catch (IOException e) {
                same = t.equals(i);
            }
            if (same || t.equals(i)) {
                throw DataException.of(target.toString(), "is an input file; refusing to overwrite it");
            }
            String name = t.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (t.startsWith(i) && Files.isDirectory(i) && (name.endsWith(".csv") || name.endsWith(".zip"))) {
                throw DataException.of(target.toString(), Files.exists(t)
                        ? "is a data file inside the input folder " + in + "; refusing to overwrite it"
                        : "is inside the input folder " + in + ", where the next run would read it as data; "
                                + "write it elsewhere");
            }
        }
    }
}
