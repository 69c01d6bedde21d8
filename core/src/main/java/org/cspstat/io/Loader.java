package org.cspstat.io;

import org.cspstat.count.internal.PartialCounts;
import org.cspstat.count.internal.Building;
import org.cspstat.error.DataException;
import org.cspstat.error.UsageException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.cspstat.count.CountStore;
import org.cspstat.count.CountStoreBuilder;

/**
 * Loads exports into a {@link Dataset}: finds every CSV under the data paths, reads them in
 * parallel (one source per thread at a time) straight into a shared {@link CountStoreBuilder},
 * and accounts for every row.
 *
 * <pre>{@code
 * Dataset data = Loader.load(LoadOptions.builder()
 *         .data(Path.of("hertfordshire"))
 *         .selection(AreaSelection.namePrefix("Stevenage"))
 *         .build());
 * System.out.println(data.quality().toText());
 * }</pre>
 */
public final class Loader {
    private Loader() {
    }

    /**
     * Loads the data the options name.
     *
     * @param options what to load and how
     * @return the counts, the account and labels
     * @throws DataException when a path does not exist or cannot be read, a file is unusable in
     *     strict mode, a row is bad in strict mode, a resource limit is hit, or no usable rows remain
     */
    public static Dataset load(LoadOptions options) {
        // each distinct mapping, and police.uk (no mapping), is one source
        Map<Optional<ExportMapping>, List<Integer>> bySource = new LinkedHashMap<>();
        for (int i = 0; i < options.data().size(); i++) {
            ExportMapping m = options.mappings().getOrDefault(i, options.mapping());
            bySource.computeIfAbsent(Optional.ofNullable(m), k -> new ArrayList<>()).add(i);
        }
        if (bySource.size() <= 1) {
            ExportMapping only = bySource.isEmpty() ? options.mapping() : bySource.keySet().iterator().next().orElse(null);
            return loadOne(options.mappings().isEmpty() ? options : with(options, options.data(), only));
        }
        List<SourceCounts> parts = new ArrayList<>();
        for (Map.Entry<Optional<ExportMapping>, List<Integer>> e : bySource.entrySet()) {
            ExportMapping m = e.getKey().orElse(null);
            List<Path> paths = e.getValue().stream().map(options.data()::get).toList();
            Dataset one = loadOne(with(options, paths, m));
            String name = m == null ? POLICE_UK : m.name();
            parts.add(new SourceCounts(unique(name, parts), one.counts(), one.quality()));
        }
        String line = String.join("; ", parts.stream()
                .map(p -> p.name().equals(POLICE_UK) ? POLICE_UK_LINE : p.name()).toList());
        return Sources.combine(parts, options, line, areaLine(options));
    }

    private static String unique(String name, List<SourceCounts> parts) {
        String candidate = name;
        for (int n = 2; isTaken(candidate, parts); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }

    private static boolean isTaken(String name, List<SourceCounts> parts) {
        return parts.stream().anyMatch(p -> p.name().equals(name));
    }

    /** The name of the police.uk source among several. */
    public static final String POLICE_UK = "police.uk";
    private static final String POLICE_UK_LINE = "police.uk, Open Government Licence v3.0";

    private static LoadOptions with(LoadOptions o, List<Path> data, ExportMapping mapping) {
        return new LoadOptions(data, mapping, o.selection(), o.assigner(), o.lookup(), o.strict(), o.dedupe(),
                o.positions(), o.areas(), o.limits(), o.threads(), o.progress(), o.sample(), Map.of());
    }

    private static Dataset loadOne(LoadOptions options) {
        List<String> notes = Collections.synchronizedList(new ArrayList<>());
        List<InputSource> sources = new ArrayList<>();
        if (options.sample()) {
            sources.addAll(SampleData.sources());
        } else if (options.data().isEmpty()) {
            throw new UsageException("no data to load: give files, directories or zips "
                    + "(or ask for the embedded sample with LoadOptions.Builder.sample())");
        } else {
            for (Path p : options.data()) {
                sources.addAll(Inputs.list(p, options.limits(), notes::add));
            }
        }
        if (sources.isEmpty()) {
            throw DataException.of(String.join(", ", options.data().stream().map(Path::toString).toList()),
                    "no CSV files found");
        }
        CountStoreBuilder builder = new CountStoreBuilder(options.positions(), options.areas());
        FileStamps stamps = new FileStamps(sources);
        Tally[] tallies = readAll(sources, builder, options);
        stamps.changes(notes::add);
        List<String> sortedNotes = new ArrayList<>(notes);
        Collections.sort(sortedNotes);
        DataQuality quality = Tally.merge(List.of(tallies), sortedNotes);
        if (quality.accepted() == 0) {
            throw noUsableRows(quality, options);
        }
        CountStore store = builder.build(quality.months(), quality.gaps());
        return new Dataset(store, quality, sourceLine(options), areaLine(options), options.lookup());
    }

    private static Tally[] readAll(List<InputSource> sources, CountStoreBuilder builder, LoadOptions options) {
        Tally[] tallies = new Tally[sources.size()];
        ThreadLocal<PartialCounts> partials = ThreadLocal.withInitial(() -> Building.newPartial(builder));
        ThreadLocal<FastReader.Caches> caches = ThreadLocal.withInitial(FastReader.Caches::new);
        AtomicInteger done = new AtomicInteger();
        // with fewer files than threads, a large file is split between the threads (SplitFile)
        int pieces = sources.size() < options.threads() ? options.threads() : 1;
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            int index = i;
            InputSource source = sources.get(i);
            Consumer<Tally> finished = tally -> {
                tallies[index] = tally;
                synchronized (options.progress()) {
                    options.progress().sourceDone(source.name(), done.incrementAndGet(), sources.size());
                }
            };
            List<Runnable> fast = SplitFile.tasks(source, options, builder, pieces, partials::get, caches::get,
                    finished);
            if (!fast.isEmpty()) {
                tasks.addAll(fast);
                continue;
            }
            tasks.add(() -> {
                Tally tally = new Tally(source.root());
                CsvRowReader reader = options.mapping() == null ? new PoliceUkReader(options)
                        : new MappedExportReader(options, options.mapping());
                RowCounter counter = new RowCounter(builder, partials.get(), options, tally);
                reader.read(source, counter);
                counter.finish();
                finished.accept(tally);
            });
        }
        int threads = Math.min(options.threads(), tasks.size());
        if (threads <= 1) {
            for (Runnable t : tasks) {
                t.run();
            }
            return tallies;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cspstat-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable t : tasks) {
                futures.add(pool.submit(t));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } finally {
            pool.shutdownNow();
        }
        return tallies;
    }

    private static DataException noUsableRows(DataQuality q, LoadOptions options) {
        String where = options.sample() ? SampleData.ROOT
                : String.join(", ", options.data().stream().map(Path::toString).toList());
        if (q.rowsRead() == 0) {
            return DataException.of(where, "no usable rows: no data rows were found"
                    + (q.rejects().isEmpty() ? "" : " (" + q.rejects().get(0) + ")"));
        }
        if (q.outsideArea() > 0 && q.rejected() == 0) {
            return DataException.of(where, "no usable rows: all " + q.rowsRead() + " rows are outside the selected area ("
                    + (options.assigner() != null ? "the given polygons" : options.selection().describe()) + ")");
        }
        return DataException.of(where, "no usable rows: " + q.rowsRead() + " rows read, " + q.rejected()
                + " rejected, " + q.outsideArea() + " outside the area" + (q.rejects().isEmpty() ? ""
                : "; first reject " + q.rejects().get(0)));
    }

    private static String sourceLine(LoadOptions options) {
        if (options.sample()) {
            return SampleData.SOURCE;
        }
        if (options.mapping() != null) {
            return options.mapping().name();
        }
        return POLICE_UK_LINE;
    }

    private static String areaLine(LoadOptions options) {
        if (options.assigner() != null) {
            return "areas given as polygons";
        }
        if (options.data().isEmpty() && options.selection().isAll()) {
            return "the whole synthetic Northbrook district";
        }
        return options.selection().describe();
    }
}
