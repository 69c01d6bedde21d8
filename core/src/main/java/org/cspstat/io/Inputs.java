package org.cspstat.io;

import org.cspstat.error.DataException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Finds the CSV streams under a data path: a file, a directory tree of any depth (the police.uk
 * bulk download's {@code YYYY-MM/YYYY-MM-<force>-street.csv} layout), or a {@code .zip} holding
 * either, zips inside zips up to {@link ReadLimits#maxZipDepth()}. Zips are read as streams,
 * never extracted. Entries are returned in name order, so results never depend on the file system.
 *
 * <p>In a directory or zip, police.uk {@code -outcomes.csv} and {@code -stop-and-search.csv}
 * files are passed over (they are not incident files) and noted; a zip entry whose path leaves
 * the archive ({@code ../x} or an absolute path) is passed over and noted; a symbolic-link loop is
 * not followed and is noted; a file reached twice through symbolic links is read once and noted.
 */
final class Inputs {
    private Inputs() {
    }

    /**
     * Lists the CSV sources under a path.
     *
     * @param path a file, directory or zip
     * @param limits the zip limits
     * @param notes receives a line for everything passed over
     * @return the sources in a stable order
     * @throws DataException when the path does not exist, cannot be read, is neither a regular file
     *     nor a folder (a device, a pipe), or is a broken zip
     */
    static List<InputSource> list(Path path, ReadLimits limits, Consumer<String> notes) {
        return list(path, limits, notes, false);
    }

    /**
     * Lists the CSV sources under a path: incident files, or police.uk outcomes files.
     *
     * @param path a file, directory or zip
     * @param limits the zip limits
     * @param notes receives a line for everything passed over
     * @param outcomes true to list the {@code -outcomes.csv} files in a folder or zip (and pass over
     *     every other); a file named directly is listed either way
     * @return the sources in a stable order
     */
    static List<InputSource> list(Path path, ReadLimits limits, Consumer<String> notes, boolean outcomes) {
        String root = path.toString();
        if (!Files.exists(path)) {
            throw DataException.of(root, "no such file or directory");
        }
        if (!Files.isReadable(path)) {
            throw DataException.of(root, "cannot be read (permission denied)");
        }
        List<InputSource> out = new ArrayList<>();
        if (Files.isDirectory(path)) {
            for (Path file : walk(path, notes)) {
                String name = path.relativize(file).toString();
                if (isZip(name)) {
                    addZip(file, name, root, limits, notes, out, outcomes);
                } else if (isGzip(name)) {
                    addGzip(file, name, root, limits, notes, out, outcomes);
                } else if (isIncidentCsv(name, notes, outcomes)) {
                    out.add(new FileSource(file, name, root));
                }
            }
        } else if (isZip(root)) {
            addZip(path, path.getFileName().toString(), root, limits, notes, out, outcomes);
        } else if (isGzip(root) && Files.isRegularFile(path)) {
            addGzip(path, path.getFileName().toString(), root, limits, notes, out, outcomes);
        } else if (Files.isRegularFile(path)) {
            out.add(new FileSource(path, path.getFileName().toString(), root));
        } else {
            // a device or pipe (/dev/zero, /dev/stdin) may never end or cannot be read twice
            throw DataException.of(root, "is not a regular file or folder");
        }
        return out;
    }

    private static List<Path> walk(Path dir, Consumer<String> notes) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
                            if (attrs.isRegularFile() && (n.endsWith(".csv") || n.endsWith(".zip") || n.endsWith(".gz"))) {
                                files.add(file);
                            } else if (attrs.isSymbolicLink()) {
                                // with links followed, a link seen as itself is one whose target is missing
                                notes.accept(dir.relativize(file) + ": symbolic link to a missing file, passed over");
                            } else if (attrs.isOther()) {
                                notes.accept(dir.relativize(file) + ": not a regular file (a pipe, device or socket), "
                                        + "passed over");
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                notes.accept(file + ": symbolic link loop, not followed");
                            } else if (e instanceof AccessDeniedException) {
                                notes.accept(file + ": cannot be read (permission denied), passed over");
                            } else {
                                notes.accept(file + ": cannot be read (" + e.getMessage() + "), passed over");
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new DataException(dir.toString(), 0, "cannot list the directory: " + e.getMessage(), e);
        }
        files.sort(null);
        return readOnce(dir, files, notes);
    }

    /**
     * Keeps one path per real file: a symbolic link to a file or folder already listed (a
     * {@code latest -> 2021-01} link, a copy linked in twice) would otherwise count its rows twice.
     */
    private static List<Path> readOnce(Path dir, List<Path> files, Consumer<String> notes) {
        Map<Path, Path> seen = new HashMap<>();
        List<Path> once = new ArrayList<>();
        for (Path file : files) {
            Path real;
            try {
                real = file.toRealPath();
            } catch (IOException e) {
                real = file.toAbsolutePath().normalize();
            }
            Path first = seen.putIfAbsent(real, file);
            if (first == null) {
                once.add(file);
            } else {
                notes.accept(dir.relativize(file) + ": the same file as " + dir.relativize(first) + ", read once");
            }
        }
        return once;
    }

    private static void addZip(Path zip, String name, String root, ReadLimits limits,
            Consumer<String> notes, List<InputSource> out, boolean outcomes) {
        if (limits.maxZipDepth() < 1) {
            notes.accept(name + ": zip files are not read (zip depth limit 0)");
            return;
        }
        ZipFile file = null;
        try {
            file = new ZipFile(zip.toFile());
            // entries in the order they are stored; a name stored twice makes the archive ambiguous
            // (opened by name, one copy would be read twice and the other never)
            List<ZipEntry> entries = new ArrayList<>();
            Map<String, Boolean> names = new HashMap<>();
            for (java.util.Enumeration<? extends ZipEntry> e = file.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                if (names.put(entry.getName(), Boolean.TRUE) != null) {
                    throw DataException.of(name, "holds two entries named " + entry.getName()
                            + "; refusing to guess which one is the data (rebuild the zip with one of them)");
                }
                entries.add(entry);
            }
            entries.sort((a, b) -> a.getName().compareTo(b.getName()));
            SharedZip shared = new SharedZip(file);
            long expanded = 0;
            for (ZipEntry entry : entries) {
                String label = name + "!" + entry.getName();
                if (entry.isDirectory() || !entryIsSafe(entry.getName(), label, notes)) {
                    continue;
                }
                long size = entry.getSize();
                if (size > 0) {
                    expanded += size;
                    if (expanded > limits.maxZipBytes()) {
                        throw DataException.of(name, "zip entries expand past the limit of "
                                + limits.maxZipBytes() + " bytes");
                    }
                }
                if (isZip(entry.getName())) {
                    addNestedZip(shared.source(entry, label, root, limits), label, root, limits, 2, notes, out, outcomes);
                } else if (isIncidentCsv(entry.getName(), notes, outcomes)) {
                    out.add(shared.source(entry, label, root, limits));
                }
            }
            shared.listed();
            file = null;
        } catch (ZipException e) {
            throw DataException.of(name, "not a readable zip file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new DataException(name, 0, "cannot read the zip file: " + e.getMessage(), e);
        } finally {
            if (file != null) {
                try {
                    file.close();
                } catch (IOException ignored) {
                    // nothing was read from it
                }
            }
        }
    }

    /**
     * A plain {@code .gz} file: a gzip stream, read with the same expansion limits as a zip
     * entry (the name without {@code .gz} says what it holds: only {@code .csv.gz} is read).
     */
    private static void addGzip(Path file, String name, String root, ReadLimits limits, Consumer<String> notes,
            List<InputSource> out, boolean outcomes) {
        String inner = name.substring(0, name.length() - 3);
        if (!inner.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            notes.accept(name + ": a gzip file that does not hold a .csv, passed over");
        } else if (isIncidentCsv(inner, notes, outcomes)) {
            out.add(new GzipSource(file, name, root, limits));
        }
    }

    /**
     * One open zip archive shared by all its entries: the central directory is read once, not
     * once per entry (reopening made a zip of n entries cost n²). Closed when every entry listed
     * from it has been read.
     */
    private static final class SharedZip {
        private final ZipFile file;
        private final java.util.concurrent.atomic.AtomicInteger open = new java.util.concurrent.atomic.AtomicInteger(1);

        SharedZip(ZipFile file) {
            this.file = file;
        }

        InputSource source(ZipEntry entry, String label, String root, ReadLimits limits) {
            open.incrementAndGet();
            return new ZipEntrySource(this, entry, label, root, limits);
        }

        /** Listing is over: the archive closes when its last entry has been read. */
        void listed() {
            release();
        }

        void release() {
            if (open.decrementAndGet() == 0) {
                try {
                    file.close();
                } catch (IOException ignored) {
                    // everything was read
                }
            }
        }
    }

    private static void addNestedZip(InputSource outer, String label, String root, ReadLimits limits,
            int depth, Consumer<String> notes, List<InputSource> out, boolean outcomes) {
        if (depth > limits.maxZipDepth()) {
            notes.accept(label + ": zip inside a zip beyond depth " + limits.maxZipDepth() + ", not read");
            return;
        }
        // One pass over the inner zip: each entry is read once, in the order it is stored. Its
        // incident CSVs are kept in memory while they fit a budget, so that reading them later
        // does not inflate the outer entry again for each one (that made a zip of n entries inside
        // a zip cost n² inflations); past the budget, an entry is streamed again when it is read.
        java.util.TreeMap<String, InputSource> found = new java.util.TreeMap<>();
        Map<String, Boolean> seen = new HashMap<>();
        long budget = Math.min(NESTED_BUDGET, Runtime.getRuntime().maxMemory() / 8);
        try (LimitedInputStream.Counting in = new LimitedInputStream.Counting(outer.open());
                ZipInputStream zin = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zin.getNextEntry()) != null) {
                String entryName = entry.getName();
                if (seen.put(entryName, Boolean.TRUE) != null) {
                    throw DataException.of(label, "holds two entries named " + entryName
                            + "; refusing to guess which one is the data (rebuild the zip with one of them)");
                }
                String inner = label + "!" + entryName;
                if (entryName.endsWith("/") || !entryIsSafe(entryName, inner, notes)) {
                    continue;
                }
                if (isZip(entryName)) {
                    found.put(entryName, nested(outer, entryName, inner, root, limits));
                } else if (isIncidentCsv(entryName, notes, outcomes)) {
                    byte[] bytes = budget > 0 ? keep(zin, in, Math.min(budget, limits.maxZipBytes()), inner, limits)
                            : null;
                    if (bytes == null) {
                        // past the budget (or one entry larger than all of it): this entry and every
                        // later one are streamed again when read; getNextEntry skips the rest of it
                        budget = 0;
                        found.put(entryName, nested(outer, entryName, inner, root, limits));
                    } else {
                        budget -= bytes.length;
                        found.put(entryName, new BytesSource(bytes, inner, root));
                    }
                }
            }
        } catch (IOException e) {
            throw DataException.of(label, "cannot read the zip inside the zip: " + e.getMessage());
        }
        for (Map.Entry<String, InputSource> e : found.entrySet()) {
            if (e.getValue() instanceof NestedEntrySource n && isZip(e.getKey())) {
                addNestedZip(n, n.name(), root, limits, depth + 1, notes, out, outcomes);
            } else {
                out.add(e.getValue());
            }
        }
    }

    /** At most this many bytes of a zip inside a zip are kept in memory while it is listed: 256 MiB. */
    static final long NESTED_BUDGET = 256L << 20;

    /**
     * Reads the current entry of {@code zin} into memory when it holds at most {@code most} bytes.
     *
     * @return its bytes, or null when it is longer (then part of it has been read, and the caller
     *     moves on with {@code getNextEntry})
     * @throws DataException when the entry expands past the zip-bomb ratio
     */
    private static byte[] keep(ZipInputStream zin, LimitedInputStream.Counting in, long most, String inner,
            ReadLimits limits) {
        long start = in.count();
        try {
            byte[] bytes = new LimitedInputStream(zin, Long.MAX_VALUE, "", limits.maxZipRatio(),
                    () -> in.count() - start, "zip entry expands past " + (long) limits.maxZipRatio()
                            + " times its compressed size (a zip bomb?); not read")
                    .readNBytes((int) Math.min(most + 1, Integer.MAX_VALUE - 8));
            return bytes.length > most ? null : bytes;
        } catch (IOException e) {
            throw DataException.of(inner, e.getMessage());
        }
    }

    private static boolean entryIsSafe(String entryName, String label, Consumer<String> notes) {
        String n = entryName.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || ("/" + n + "/").contains("/../")) {
            notes.accept(label + ": entry path leaves the archive, passed over");
            return false;
        }
        return true;
    }

    private static boolean isGzip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    private static boolean isZip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static boolean isIncidentCsv(String name, Consumer<String> notes, boolean outcomes) {
        String n = name.toLowerCase(Locale.ROOT);
        if (!n.endsWith(".csv")) {
            return false;
        }
        if (outcomes) {
            return n.endsWith("-outcomes.csv");
        }
        if (n.endsWith("-outcomes.csv") || n.endsWith("-stop-and-search.csv")) {
            notes.accept(name + ": police.uk outcomes or stop-and-search file, passed over");
            return false;
        }
        return true;
    }

    /**
     * @return the file on disk a source's bytes come from (the zip for a zip entry), or null for
     *     bytes already in memory
     */
    static Path fileOf(InputSource source) {
        if (source instanceof FileSource f) {
            return f.path();
        }
        if (source instanceof GzipSource g) {
            return g.path();
        }
        if (source instanceof ZipEntrySource z) {
            return Path.of(z.zip.file.getName());
        }
        if (source instanceof NestedEntrySource n) {
            return fileOf(n.outer());
        }
        return null;
    }

    /** A plain file on disk; the fast path ({@link SplitFile}) reads these. */
    record FileSource(Path path, String name, String root) implements InputSource {
        @Override
        public InputStream open() throws IOException {
            try {
                return Files.newInputStream(path);
            } catch (AccessDeniedException e) {
                // its own message is only the path, which the reader's message already names
                throw new IOException("permission denied", e);
            }
        }

        @Override
        public long size() {
            try {
                return Files.size(path);
            } catch (IOException e) {
                return -1;
            }
        }
    }

    /** An entry of a zip on disk, streamed from the shared archive with the zip-bomb guard. */
    private static final class ZipEntrySource implements InputSource {
        private final SharedZip zip;
        private final ZipEntry entry;
        private final String name;
        private final String root;
        private final ReadLimits limits;
        /** Reads still to come; each closed stream gives one back to the archive (listing a zip inside it is one). */
        private final java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger(1);

        ZipEntrySource(SharedZip zip, ZipEntry entry, String name, String root, ReadLimits limits) {
            this.zip = zip;
            this.entry = entry;
            this.name = name;
            this.root = root;
            this.limits = limits;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String root() {
            return root;
        }

        @Override
        public InputStream open() throws IOException {
            ZipEntry e = entry;
            long compressed = Math.max(e.getCompressedSize(), 1);
            long limit = (long) Math.min(limits.maxZipBytes(), compressed * limits.maxZipRatio() + (1 << 20));
            InputStream raw = new CrcCheckedInputStream(zip.file.getInputStream(e), e.getCrc());
            java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
            return new LimitedInputStream(raw, limit, "zip entry expands past " + (long) limits.maxZipRatio()
                    + " times its compressed size (a zip bomb?); not read") {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        if (closed.compareAndSet(false, true) && reads.getAndDecrement() > 0) {
                            zip.release();
                        }
                    }
                }
            };
        }

        /** One more read will come (an entry of a zip inside this one): the archive stays open for it. */
        void expectAnotherRead() {
            reads.incrementAndGet();
            zip.open.incrementAndGet();
        }
    }

    /** An entry of a zip inside a zip, kept in memory when its archive was listed. */
    private record BytesSource(byte[] bytes, String name, String root) implements InputSource {
        @Override
        public InputStream open() {
            return new java.io.ByteArrayInputStream(bytes);
        }

        @Override
        public long size() {
            return bytes.length;
        }
    }

    /** A {@code .csv.gz} file, inflated as it is read, within the zip limits. */
    private record GzipSource(Path path, String name, String root, ReadLimits limits) implements InputSource {
        @Override
        public InputStream open() throws IOException {
            LimitedInputStream.Counting in = new LimitedInputStream.Counting(Files.newInputStream(path));
            java.util.zip.GZIPInputStream gz;
            try {
                gz = new java.util.zip.GZIPInputStream(in, 1 << 16);
            } catch (IOException e) {
                in.close();
                throw new IOException("not a readable gzip file (" + (e.getMessage() == null ? "it ends too soon"
                        : e.getMessage()) + ")", e);
            }
            return new LimitedInputStream(gz, limits.maxZipBytes(),
                    "gzip file expands past " + limits.maxZipBytes() + " bytes (a zip bomb?); not read",
                    limits.maxZipRatio(), in::count, "gzip file expands past " + (long) limits.maxZipRatio()
                    + " times its compressed size (a zip bomb?); not read");
        }
    }

    /**
     * An entry of a zip inside a zip, to be streamed when it is read: the archive on disk that holds
     * it (at the root of the chain of outer entries) is told to expect that read, so it is not closed
     * before.
     */
    private static NestedEntrySource nested(InputSource outer, String entry, String name, String root,
            ReadLimits limits) {
        InputSource s = outer;
        while (s instanceof NestedEntrySource n) {
            s = n.outer();
        }
        if (s instanceof ZipEntrySource z) {
            z.expectAnotherRead();
        }
        return new NestedEntrySource(outer, entry, name, root, limits);
    }

    /** An entry of a zip that is itself inside a zip: found by streaming the outer entry. */
    private record NestedEntrySource(InputSource outer, String entry, String name, String root, ReadLimits limits)
            implements InputSource {
        @Override
        public InputStream open() throws IOException {
            // The inner entry's compressed size is not known in advance, so the ratio guard
            // compares its output with the compressed bytes actually consumed from the outer entry.
            LimitedInputStream.Counting in = new LimitedInputStream.Counting(outer.open());
            ZipInputStream zin = new ZipInputStream(in);
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                if (e.getName().equals(entry)) {
                    long start = in.count();
                    return new LimitedInputStream(zin, limits.maxZipBytes(),
                            "zip entry expands past " + limits.maxZipBytes() + " bytes (a zip bomb?); not read",
                            limits.maxZipRatio(), () -> in.count() - start, "zip entry expands past "
                            + (long) limits.maxZipRatio() + " times its compressed size (a zip bomb?); not read");
                }
            }
            zin.close();
            throw new IOException("entry disappeared");
        }
    }
}
