package org.cspstat.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cspstat.error.DataException;

/**
 * Writes outputs atomically: to a temporary file beside the target, then moved into place, so an
 * interrupted run never leaves a half-written file. Never writes over, into or through an input:
 * every path is compared by the file it resolves to (symbolic links and {@code ..} followed
 * component by component, hard links by file key), and only a regular file or a new name is
 * ever replaced (never a device, a pipe or a folder). New files get the permissions the umask
 * gives; a replaced file keeps its own.
 */
final class Output {
    private static final SecureRandom RANDOM = new SecureRandom();

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
            // on a terminal, no escape sequence from data reaches it; a pipe gets the bytes as they are
            String shown = System.console() != null ? Terminal.cleanLines(text) : text;
            out.print(shown.endsWith("\n") ? shown : shown + "\n");
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
     * @throws DataException when the target is or resolves to an input, lies inside an input
     *     folder, is not a regular file, or cannot be written
     * @throws IllegalArgumentException when the target is an empty name (a usage error)
     */
    static void bytes(Path file, byte[] bytes, List<Path> inputs) {
        Path real = checkFile(file, inputs);
        try {
            replace(real, bytes);
        } catch (IOException e) {
            throw DataException.of(file.toString(), "cannot be written: " + e.getMessage());
        }
    }

    /**
     * Replaces a file with new content through a temporary file in the same folder and one
     * rename. The folder is created when missing. No checks: callers check the target first.
     *
     * @param target the file, with no symbolic link on its path
     * @param bytes the content
     * @throws IOException when it cannot be written; no temporary file is left behind
     */
    static void replace(Path target, byte[] bytes) throws IOException {
        Path tmp = stage(target, bytes);
        try {
            swapIn(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The first half of {@link #replace}: writes the content to a new hidden temporary file beside
     * the target, with the permissions the target will have. A set of files (the charts command's)
     * is staged whole before any is swapped in.
     *
     * @param target the file, with no symbolic link on its path
     * @param bytes the content
     * @return the temporary file; the caller swaps it in or deletes it
     * @throws IOException when it cannot be written; no temporary file is left behind
     */
    static Path stage(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + shorten(target.getFileName().toString()) + "." + token() + ".part");
        boolean done = false;
        try {
            // CREATE_NEW without attributes: the permissions the umask gives (0644 under 022)
            try (OutputStream o = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                o.write(bytes);
            }
            keepPermissions(target, tmp);
            done = true;
            return tmp;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** The second half of {@link #replace}: renames a staged file over its target. */
    static void swapIn(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A file being replaced keeps its permissions (an existing 0644 file stays 0644). */
    private static void keepPermissions(Path target, Path tmp) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (view != null && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.setPosixFilePermissions(tmp, view.readAttributes().permissions());
            }
        } catch (IOException | UnsupportedOperationException ignored) {
            // the umask's permissions stand
        }
    }

    /** @return a short random token for temporary names */
    static String token() {
        return Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
    }

    /** A file name's stem cut so that prefixes and suffixes keep it under the 255-byte limit. */
    static String shorten(String name) {
        return name.length() <= 80 ? name : name.substring(0, 80);
    }

    /**
     * Checks a file about to be written.
     *
     * @param file the target as given
     * @param inputs the data paths
     * @return the target's real path, to write to (a symbolic link to a regular file is written
     *     through, so the link keeps pointing at the new content)
     * @throws DataException when the target is, resolves to, or is a hard link of an input; lies
     *     inside an input folder (the next run would read it as data); or exists and is not a
     *     regular file (a folder, a device, a pipe)
     * @throws IllegalArgumentException when the name is empty
     */
    static Path checkFile(Path file, List<Path> inputs) {
        Path t = real(requireName(file));
        for (Path in : inputs) {
            Path i = realOrAbsolute(in);
            if (t.equals(i)) {
                throw DataException.of(file.toString(), same(file, in) ? "is an input file; refusing to overwrite it"
                        : "is the input " + in + " (both are " + i + "); refusing to overwrite it");
            }
            if (t.startsWith(i) && Files.isDirectory(i)) {
                String folder = in + (i.equals(in.toAbsolutePath().normalize()) ? "" : " (" + i + ")");
                throw DataException.of(file.toString(), Files.exists(t)
                        ? "is a data file inside the input folder " + folder + "; refusing to overwrite it"
                        : "is inside the input folder " + folder + ", where the next run would read it as data; "
                                + "refusing to write it there");
            }
            if (i.startsWith(t)) {
                throw DataException.of(file.toString(), "holds the input " + in + "; refusing to write over it");
            }
        }
        if (Files.exists(t)) {
            if (!Files.isRegularFile(t)) {
                throw DataException.of(file.toString(), "is " + kind(t) + ", not a regular file; refusing to write over it");
            }
            refuseHardLinks(file, t, inputs);
        }
        return t;
    }

    /**
     * Checks a folder about to be replaced as a whole (the report's pack).
     *
     * @param dir the folder as given
     * @param inputs the data paths
     * @return the folder's real path
     * @throws DataException when it is an input, inside an input folder, holds an input, or exists
     *     and is not a folder
     */
    static Path checkFolder(Path dir, List<Path> inputs) {
        Path d = real(requireName(dir));
        for (Path in : inputs) {
            Path i = realOrAbsolute(in);
            if (d.equals(i) || d.startsWith(i)) {
                throw DataException.of(dir.toString(), (d.equals(i) ? "is the input " + in + " (" + i + ")"
                        : "is inside the input folder " + in + (i.equals(in.toAbsolutePath()) ? "" : " (" + i + ")"))
                        + ", where the next run would read its CSV tables as data; write it elsewhere");
            }
            if (i.startsWith(d)) {
                throw DataException.of(dir.toString(), "holds the input " + in + "; refusing to replace it");
            }
        }
        if (Files.exists(d) && !Files.isDirectory(d)) {
            throw DataException.of(dir.toString(), "is " + kind(d) + ", not a folder; refusing to replace it");
        }
        return d;
    }

    /** The pre-check before any work; kept for callers that only need the refusal. */
    static void refuseFolderInInputs(Path dir, List<Path> inputs) {
        checkFolder(dir, inputs);
    }

    /** Kept for callers and tests: refuses a target that is or holds an input. */
    static void refuseInputs(Path target, List<Path> inputs) {
        checkFile(target, inputs);
    }

    private static Path requireName(Path p) {
        if (p == null || p.toString().isBlank()) {
            throw new IllegalArgumentException("--out needs a file or folder name, not an empty one");
        }
        return p;
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static String kind(Path p) {
        if (Files.isDirectory(p)) {
            return "a folder";
        }
        try {
            Object mode = Files.getAttribute(p, "unix:mode");
            if (mode instanceof Integer m) {
                switch (m & 0170000) {
                    case 0020000: return "a character device";
                    case 0060000: return "a block device";
                    case 0010000: return "a named pipe (FIFO)";
                    case 0140000: return "a socket";
                    default: break;
                }
            }
            return "a special file";
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
    }

    /**
     * An existing regular file with more than one name may be a hard link to an input: compare file
     * keys with every input file (listed only in this rare case).
     */
    private static void refuseHardLinks(Path file, Path t, List<Path> inputs) {
        Object key;
        try {
            Object links = Files.getAttribute(t, "unix:nlink");
            if (links instanceof Integer n && n < 2) {
                return;
            }
            key = Files.readAttributes(t, BasicFileAttributes.class).fileKey();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return;
        }
        if (key == null) {
            return;
        }
        for (Path in : inputs) {
            for (Path f : regularFiles(in)) {
                try {
                    if (key.equals(Files.readAttributes(f, BasicFileAttributes.class).fileKey())) {
                        throw DataException.of(file.toString(), "is a hard link to the input file " + f
                                + "; refusing to overwrite it");
                    }
                } catch (IOException ignored) {
                    // unreadable: cannot be the same file as a readable target
                }
            }
        }
    }

    private static List<Path> regularFiles(Path in) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(in)) {
            files.add(in);
            return files;
        }
        try {
            Files.walkFileTree(in, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        files.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // what was listed is compared
        }
        return files;
    }

    private static Path realOrAbsolute(Path p) {
        try {
            return real(p);
        } catch (IllegalArgumentException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /**
     * The real path of a file that may not exist yet: each component is resolved in turn, so
     * symbolic links anywhere on the path (and {@code ..} after them) are followed as the
     * operating system would. A dangling link at the end stays as it is (a rename replaces it).
     *
     * @param p a path
     * @return the absolute path with no symbolic link left on it
     */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath();
        Path cur = abs.getRoot();
        Set<Path> seen = new HashSet<>();
        for (Path name : abs) {
            String n = name.toString();
            if (n.equals(".") || n.isEmpty()) {
                continue;
            }
            if (n.equals("..")) {
                cur = cur.getParent() == null ? cur : cur.getParent();
                continue;
            }
            Path next = cur.resolve(n);
            if (Files.isSymbolicLink(next)) {
                try {
                    next = next.toRealPath();
                } catch (IOException e) {
                    // dangling link or loop: keep the link's own path
                    if (!seen.add(next)) {
                        break;
                    }
                }
            }
            cur = next;
        }
        return cur;
    }
}
