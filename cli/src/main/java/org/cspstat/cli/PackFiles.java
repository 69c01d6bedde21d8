package org.cspstat.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cspstat.error.DataException;
import org.cspstat.output.chart.ChartRenderer;
import org.cspstat.io.Dataset;
import org.cspstat.io.ProgressListener;
import org.cspstat.period.Period;
import org.cspstat.report.ChartData;
import org.cspstat.report.ReportBuilder;
import org.cspstat.report.ReportPack;
import org.cspstat.format.Column;
import org.cspstat.format.Table;
import org.cspstat.format.TableFormat;
import org.cspstat.risk.RiskConfig;

/** Loading data into a pack, and writing charts as files, for the report and charts commands. */
final class PackFiles {
    private PackFiles() {
    }

    /** Loads the data the options name and assembles the pack. */
    static ReportPack build(PackOptions options) {
        return build(options, b -> { });
    }

    /** Loads the data the options name and assembles the pack, with more settings on the builder. */
    static ReportPack build(PackOptions options, java.util.function.Consumer<ReportBuilder> more) {
        DataOptions data = options.data;
        PeriodOptions periods = options.periods;
        RiskOptions risk = options.risk;
        List<String> trends = options.trends;
        JitHint.preferQuickCompilation();
        Thread warmUp = new Thread(PackFiles::warmUp, "warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        Dataset d;
        try (LoadProgress progress = LoadProgress.onTerminal()) {
            ProgressListener listener = progress.listener();
            d = data.load(true, listener);
        }
        Period current = periods.current(d.counts());
        ReportBuilder builder = ReportBuilder.of(d).current(current).previous(periods.previous(current))
                .allowGaps(periods.allowGaps).risk(risk.load(d)).trends(trends).title(options.title())
                .evidence(options.evidence.evidence(data)).boundary(options.boundary())
                .groups(options.groups.groups())
                .places(options.places == null ? null : org.cspstat.geo.NamedPlaces.read(options.places))
                .mapAreas(options.mapAreas()).suppress(options.suppress());
        if (options.cellSize != null) {
            if (!(options.cellSize >= 10 && options.cellSize <= 10_000)) {
                throw new IllegalArgumentException("--cell-size must be between 10 and 10000 metres");
            }
            builder.cellSize(options.cellSize);
        }
        more.accept(builder);
        return builder.build();
    }

    /**
     * Loads and initialises, on the second core while the data are read, the classes the pack
     * needs next: the risk configuration, the table writers (FastCSV), then the chart
     * library and fonts. This takes about a second off a cold start.
     */
    private static void warmUp() {
        try {
            RiskConfig.bundled();
            Table t = Table.of("warm-up", Column.text("a", List.of("x")), Column.integers("b", 1L),
                    Column.decimals("c", 1.5));
            TableFormat.CSV.render(t);
            TableFormat.MD.render(t);
            ChartRenderer.warmUp();
        } catch (RuntimeException ignored) {
            // only a head start: the real work reports any real problem
        }
    }

    /**
     * Writes charts into a folder, each atomically, in parallel.
     *
     * @return the number of files written
     */
    static int writeCharts(List<ChartData> charts, Path dir, boolean png, boolean svg, int width, int height,
            double scale, List<Path> inputs) {
        charts.parallelStream().forEach(c -> {
            if (png) {
                Output.bytes(dir.resolve(c.name() + ".png"), ChartRenderer.png(c, width, height, scale), inputs);
            }
            if (svg) {
                Output.bytes(dir.resolve(c.name() + ".svg"), ChartRenderer.svg(c, width, height), inputs);
            }
        });
        return charts.size() * ((png ? 1 : 0) + (svg ? 1 : 0));
    }

    /**
     * Writes charts into a folder as one set (the charts command): every target is checked, every
     * chart rendered and staged in a hidden temporary file beside its target, and only then are the
     * files renamed into place, one quick pass. A failure or a kill while rendering or staging (the
     * seconds a run takes) leaves the folder's earlier charts as they were, none replaced.
     *
     * @return the files written, in the order of the charts
     */
    static List<Path> writeChartSet(List<ChartData> charts, Path dir, boolean png, boolean svg, int width, int height,
            double scale, List<Path> inputs) {
        List<Path> shown = new java.util.ArrayList<>();
        for (ChartData c : charts) {
            if (png) {
                shown.add(dir.resolve(c.name() + ".png"));
            }
            if (svg) {
                shown.add(dir.resolve(c.name() + ".svg"));
            }
        }
        List<Path> targets = shown.stream().map(f -> Output.checkFile(f, inputs)).toList();
        Path[] staged = new Path[targets.size()];
        int per = (png ? 1 : 0) + (svg ? 1 : 0);
        try {
            java.util.stream.IntStream.range(0, charts.size()).parallel().forEach(i -> {
                ChartData c = charts.get(i);
                int k = i * per;
                try {
                    if (png) {
                        staged[k] = Output.stage(targets.get(k), ChartRenderer.png(c, width, height, scale));
                        k++;
                    }
                    if (svg) {
                        staged[k] = Output.stage(targets.get(k), ChartRenderer.svg(c, width, height));
                    }
                } catch (IOException e) {
                    throw DataException.of(shown.get(k).toString(), "cannot be written: " + e.getMessage());
                }
            });
            for (int i = 0; i < staged.length; i++) {
                try {
                    Output.swapIn(staged[i], targets.get(i));
                } catch (IOException e) {
                    throw DataException.of(shown.get(i).toString(), "cannot be written: " + e.getMessage());
                }
            }
        } finally {
            for (Path p : staged) {
                if (p != null) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException ignored) {
                        // a hidden .part file; nothing else to do
                    }
                }
            }
        }
        return shown;
    }

    /** Writes a CSV table atomically as UTF-8 with a byte-order mark, so Excel reads it as UTF-8. */
    static void csv(Path file, String csv, List<Path> inputs) {
        byte[] text = csv.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Output.bytes(file, bytes, inputs);
    }

    /** Writes UTF-8 text atomically. */
    static void text(Path file, String text, List<Path> inputs) {
        Output.bytes(file, text.getBytes(StandardCharsets.UTF_8), inputs);
    }

    /** Writes bytes atomically. */
    static void bytes(Path file, byte[] bytes, List<Path> inputs) {
        Output.bytes(file, bytes, inputs);
    }

    /**
     * Starts writing a pack that replaces the folder {@code target} as a whole: see {@link Staging}.
     *
     * @param target the pack's folder
     * @param inputs the data paths, which the pack may neither replace, hold nor be inside
     * @return the staging folder to write every file of the pack into
     */
    static Staging stage(Path target, List<Path> inputs) {
        return Staging.open(target, inputs);
    }

    /**
     * A pack being written: every file goes into a new folder beside the target ({@link #dir()}),
     * and {@link #commit()} swaps it in with renames, so the target holds either the old pack or
     * the new one, never a mixture and never a stale file. A lock file beside the target makes a
     * second run into the same folder fail at once; {@link #close()} without a commit removes the
     * staging folder. A staging folder left by a killed run is removed by the next run, and an old
     * pack moved aside by a run killed between its two renames is put back.
     */
    static final class Staging implements AutoCloseable {
        /** The file that marks a folder as a cspstat pack, which a later run may replace. */
        static final String MARKER = ".cspstat-pack";

        private final Path target;
        private final Path shown;
        private final List<Path> inputs;
        private final java.nio.channels.FileChannel lockChannel;
        private final java.nio.channels.FileLock lock;
        private final Path dir;
        private boolean committed;

        private Staging(Path shown, Path target, List<Path> inputs, java.nio.channels.FileChannel channel,
                java.nio.channels.FileLock lock, Path dir) {
            this.shown = shown;
            this.target = target;
            this.inputs = inputs;
            this.lockChannel = channel;
            this.lock = lock;
            this.dir = dir;
        }

        static Staging open(Path shown, List<Path> inputs) {
            Path target = Output.checkFolder(shown, inputs);
            Path parent = target.getParent();
            String name = Output.shorten(target.getFileName().toString());
            java.nio.channels.FileChannel channel = null;
            try {
                Files.createDirectories(parent);
                Path lockFile = parent.resolve("." + name + ".lock");
                channel = java.nio.channels.FileChannel.open(lockFile, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.WRITE);
                java.nio.channels.FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (java.nio.channels.OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    channel.close();
                    throw DataException.of(shown.toString(), "another cspstat run is writing this pack (it holds "
                            + lockFile + "); wait for it to finish or choose another --out");
                }
                recover(parent, name, target);
                refuseForeignFolder(shown, target);
                Path dir = Files.createDirectory(parent.resolve("." + name + ".new-" + Output.token()));
                return new Staging(shown, target, inputs, channel, lock, dir);
            } catch (IOException e) {
                closeQuietly(channel);
                throw DataException.of(shown.toString(), "cannot be written: " + e.getMessage());
            } catch (RuntimeException e) {
                closeQuietly(channel);
                throw e;
            }
        }

        /** @return the staging folder: write every file of the pack under it */
        Path dir() {
            return dir;
        }

        /** @return the pack's folder as the user named it, for messages */
        Path target() {
            return shown;
        }

        /**
         * Swaps the staging folder in: the old pack, if any, is renamed aside, the new one renamed
         * into place, and the old one deleted.
         *
         * @throws DataException when the swap fails; the old pack is then put back
         */
        void commit() {
            Output.checkFolder(shown, inputs);
            try {
                Files.write(dir.resolve(MARKER), new byte[0]);
                if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    move(dir, target);
                } else {
                    refuseForeignFolder(shown, target);
                    Path old = target.resolveSibling("." + Output.shorten(target.getFileName().toString()) + ".old-"
                            + Output.token());
                    move(target, old);
                    try {
                        move(dir, target);
                    } catch (IOException e) {
                        move(old, target);
                        throw e;
                    }
                    deleteTree(old);
                }
                committed = true;
            } catch (IOException e) {
                throw DataException.of(shown.toString(), "cannot be written: " + e.getMessage());
            }
        }

        @Override
        public void close() {
            try {
                if (!committed) {
                    deleteTree(dir);
                }
            } catch (IOException ignored) {
                // the next run removes it
            } finally {
                try {
                    lock.release();
                } catch (IOException ignored) {
                    // closing the channel releases it
                }
                closeQuietly(lockChannel);
            }
        }

        /**
         * Only an empty folder or an earlier pack is replaced: a folder of other files (a home
         * folder given by mistake) is refused rather than moved aside and deleted.
         */
        private static void refuseForeignFolder(Path shown, Path target) throws IOException {
            if (!Files.isDirectory(target)) {
                return;
            }
            boolean pack = Files.exists(target.resolve(MARKER))
                    || Files.isRegularFile(target.resolve("index.html")) && Files.isRegularFile(target.resolve("summary.md"));
            if (pack) {
                return;
            }
            try (java.util.stream.Stream<Path> s = Files.list(target)) {
                if (s.findAny().isPresent()) {
                    throw DataException.of(shown.toString(), "is a folder that holds other files and no cspstat pack; "
                            + "refusing to replace it (choose a new or empty folder)");
                }
            }
        }

        /** Removes what a killed run left: staging folders, and an old pack moved aside but not deleted. */
        private static void recover(Path parent, String name, Path target) throws IOException {
            List<Path> leftovers;
            try (java.util.stream.Stream<Path> s = Files.list(parent)) {
                leftovers = s.filter(p -> {
                    String n = p.getFileName().toString();
                    return n.startsWith("." + name + ".new-") || n.startsWith("." + name + ".old-");
                }).sorted().toList();
            }
            for (Path p : leftovers) {
                boolean old = p.getFileName().toString().startsWith("." + name + ".old-");
                if (old && !Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    move(p, target);
                } else {
                    deleteTree(p);
                }
            }
        }

        private static void move(Path from, Path to) throws IOException {
            Files.move(from, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }

        /** Deletes a folder and what it holds; symbolic links are removed, never followed. */
        static void deleteTree(Path root) throws IOException {
            if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file,
                        java.nio.file.attribute.BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        }

        private static void closeQuietly(java.nio.channels.FileChannel c) {
            if (c != null) {
                try {
                    c.close();
                } catch (IOException ignored) {
                    // nothing to do
                }
            }
        }
    }
}
