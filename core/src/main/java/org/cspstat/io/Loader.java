package org.cspstat.io;

import org.cspstat.error.DataException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
        List<String> notes = Collections.synchronizedList(new ArrayList<>());
        List<InputSource> sources = new ArrayList<>();
        if (options.data().isEmpty()) {
            sources.addAll(SampleData.sources());
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
        Tally[] tallies = readAll(sources, builder, options);
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
        ThreadLocal<CountStoreBuilder.Partial> partials = ThreadLocal.withInitial(builder::newPartial);
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
        String where = options.data().isEmpty() ? SampleData.ROOT
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
        if (options.data().isEmpty()) {
            return SampleData.SOURCE;
        }
        if (options.mapping() != null) {
            return options.mapping().name();
        }
        return "police.uk, Open Government Licence v3.0";
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
