package org.cspstat.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times {@code cspstat compare} end to end against DuckDB and a raw byte read on generated
 * police.uk data, each run a separate process (JVM start included), and prints a Markdown report.
 * Started by {@code bench/run.sh}, which builds the jars first.
 *
 * <pre>
 * java -cp ... org.cspstat.bench.Bench [--rows 1000000,2000000] [--archive 20000000] [--runs 5]
 *     [--data DIR] [--keep] [--jar cli/target/cspstat.jar] [--label TEXT]
 * </pre>
 */
public final class Bench {
    private static final String PERIOD = "2022/23";

    private final Path jar;
    private final String classpath;
    private final String java;
    private final int runs;

    private Bench(Path jar, int runs) {
        this.jar = jar;
        this.runs = runs;
        this.classpath = System.getProperty("java.class.path");
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Runs the benchmark.
     *
     * @param args see the class comment
     * @throws IOException when data cannot be written or a process cannot start
     * @throws InterruptedException when interrupted
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        List<Long> sizes = new ArrayList<>(List.of(2_000_000L));
        long archive = 0;
        int runs = 5;
        Path data = Path.of("bench", "target", "bench-data");
        Path jar = Path.of("cli", "target", "cspstat.jar");
        boolean keep = false;
        String label = String.join(" ", args);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> sizes = Arrays.stream(args[++i].split(",")).map(s -> Long.parseLong(s.strip()))
                        .toList();
                case "--archive" -> archive = Long.parseLong(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--keep" -> keep = true;
                case "--label" -> label = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Bench b = new Bench(jar, runs);
        System.out.println(machine());
        System.out.println("Command: `bench/run.sh " + label + "`; " + runs
                + " runs each, medians; seconds of wall time per process, JVM start included.\n");
        List<String> summary = new ArrayList<>();
        for (long rows : sizes) {
            Path file = data.resolve("national-" + rows + ".csv");
            summary.add(b.dataset(rows, file, false, keep));
        }
        if (archive > 0) {
            summary.add(b.dataset(archive, data.resolve("archive-" + archive), true, keep));
        }
        System.out.println("### Summary\n");
        System.out.println("| data | rows | compare s | DuckDB s | compare / DuckDB | compare ns per row | "
                + "compare -Xmx256m s |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        summary.forEach(System.out::println);
        System.out.println();
        double fixed = b.fixedCosts(data);
        b.perRow(fixed);
        b.report();
    }

    /** Each dataset's rows, its name and its compare median, in the order run. */
    private final List<long[]> measuredRows = new ArrayList<>();
    private final List<double[]> measuredCompare = new ArrayList<>();
    private final List<String> measuredNames = new ArrayList<>();

    /**
     * Prints compare's time per row three ways: end to end, without the fixed cost of a run
     * (compare on 1,000 rows), and marginal from the previous size (what one more row costs).
     */
    private void perRow(double fixed) {
        System.out.println("### compare's time per row\n");
        System.out.println("| data | rows | end to end ns | without the fixed cost (" + String.format(Locale.ROOT, "%.2f", fixed)
                + " s) ns | marginal from the previous size ns |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (int i = 0; i < measuredRows.size(); i++) {
            long rows = measuredRows.get(i)[0];
            double t = measuredCompare.get(i)[0];
            String marginal = i == 0 ? "" : String.format(Locale.ROOT, "%.0f",
                    (t - measuredCompare.get(i - 1)[0]) * 1e9 / (rows - measuredRows.get(i - 1)[0]));
            System.out.printf(Locale.ROOT, "| %s | %,d | %.0f | %.0f | %s |%n", measuredNames.get(i), rows,
                    t * 1e9 / rows, (t - fixed) * 1e9 / rows, marginal);
        }
        System.out.println();
    }

    /**
     * Times what every run pays whatever the size: JVM and CLI start, and compare on 1,000 rows.
     *
     * @return the median of compare --format csv on 1,000 rows, seconds
     */
    private double fixedCosts(Path data) throws IOException, InterruptedException {
        Path tiny = data.resolve("national-1000.csv");
        Generate.generate(1000, 36, 20211, false, tiny);
        List<List<String>> commands = List.of(
                List.of(java, "-jar", jar.toString(), "--help"),
                List.of(java, "-jar", jar.toString(), "compare", "--data", tiny.toString(), "--period", PERIOD,
                        "--format", "csv"),
                List.of(java, "-jar", jar.toString(), "compare", "--data", tiny.toString(), "--period", PERIOD,
                        "--format", "json"),
                List.of(java, "-cp", classpath, DuckCount.class.getName(), tiny.toString()));
        String[] names = {"`cspstat --help` (JVM and CLI start)", "`cspstat compare --format csv`, 1,000 rows",
            "`cspstat compare --format json`, 1,000 rows", "DuckDB GROUP BY, 1,000 rows"};
        System.out.println("### Fixed costs (load average " + load() + ")\n");
        System.out.println("| what | median s |");
        System.out.println("|---|---:|");
        double compareCsv = 0;
        for (int c = 0; c < commands.size(); c++) {
            double[] t = new double[runs];
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                run(commands.get(c));
                t[r] = (System.nanoTime() - start) / 1e9;
            }
            System.out.printf(Locale.ROOT, "| %s | %.2f |%n", names[c], median(t));
            if (c == 1) {
                compareCsv = median(t);
            }
        }
        System.out.println();
        delete(tiny);
        return compareCsv;
    }

    /** Times every tool on one dataset; returns its summary line. */
    private String dataset(long rows, Path path, boolean monthly, boolean keep)
            throws IOException, InterruptedException {
        String what = monthly ? "36 monthly files" : "one file";
        if (!Files.exists(path)) {
            long t = System.nanoTime();
            Generate.generate(rows, 36, 20211, monthly, path);
            System.out.printf(Locale.ROOT, "_generated %s in %.1f s_%n%n", path, (System.nanoTime() - t) / 1e9);
        }
        long bytes = size(path);
        String p = path.toString();
        List<List<String>> commands = List.of(
                List.of(java, "-cp", classpath, RawRead.class.getName(), p),
                List.of(java, "-jar", jar.toString(), "compare", "--data", p, "--period", PERIOD, "--format", "csv"),
                List.of(java, "-Xmx256m", "-jar", jar.toString(), "compare", "--data", p, "--period", PERIOD,
                        "--format", "csv"),
                List.of(java, "-cp", classpath, DuckCount.class.getName(), p),
                List.of(java, "-cp", classpath, DuckCount.class.getName(), p, "1"));
        String[] names = {"raw byte read (Java)", "cspstat compare", "cspstat compare -Xmx256m",
            "DuckDB GROUP BY (default threads)", "DuckDB GROUP BY (threads=1)"};
        double[][] times = new double[commands.size()][runs];
        String[] outputs = new String[commands.size()];
        run(commands.get(0)); // warm the page cache
        String loadBefore = load();
        for (int r = 0; r < runs; r++) {
            for (int c = 0; c < commands.size(); c++) {
                long t = System.nanoTime();
                outputs[c] = run(commands.get(c));
                times[c][r] = (System.nanoTime() - t) / 1e9;
            }
        }
        String loadAfter = load();
        System.out.printf(Locale.ROOT, "### %,d rows, %s, %.0f MB%n%n", rows, what, bytes / 1e6);
        System.out.println("Load average before: " + loadBefore + "; after: " + loadAfter + "\n");
        System.out.println("| tool | median s | min s | max s | ns per row | / DuckDB (default) |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        double duck = median(times[3]);
        for (int c = 0; c < commands.size(); c++) {
            double m = median(times[c]);
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.0f | %.2f |%n", names[c], m,
                    Arrays.stream(times[c]).min().orElse(0), Arrays.stream(times[c]).max().orElse(0),
                    m * 1e9 / rows, m / duck);
        }
        System.out.println("\nDuckDB: " + outputs[3].strip() + ". Raw read: " + outputs[0].strip()
                + ". cspstat compare CSV: " + outputs[1].lines().count() + " lines.\n");
        if (!keep) {
            delete(path);
        }
        double compare = median(times[1]);
        measuredRows.add(new long[] {rows});
        measuredCompare.add(new double[] {compare});
        measuredNames.add(what);
        return String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | %.0f | %.2f |", what, rows, compare,
                duck, compare / duck, compare * 1e9 / rows, median(times[2]));
    }

    /** Times {@code report} on the embedded sample, when this build of the CLI has it. */
    private void report() throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("cspstat-bench-report");
        List<String> command = List.of(java, "-jar", jar.toString(), "report", "--out", out.toString());
        double[] times = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            try {
                run(command);
            } catch (IllegalStateException e) {
                System.out.println("`report` on the embedded sample: not run (" + e.getMessage().lines().findFirst()
                        .orElse("") + ")\n");
                delete(out);
                return;
            }
            times[r] = (System.nanoTime() - t) / 1e9;
        }
        delete(out);
        System.out.printf(Locale.ROOT, "`report` on the embedded sample: median %.2f s (min %.2f, max %.2f)%n%n",
                median(times), Arrays.stream(times).min().orElse(0), Arrays.stream(times).max().orElse(0));
    }

    /** Runs a process to the end; returns its standard output, or throws with its error output. */
    private static String run(List<String> command) throws IOException, InterruptedException {
        File err = File.createTempFile("bench", ".err");
        File out = File.createTempFile("bench", ".out");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
            int code = p.waitFor();
            if (code != 0) {
                throw new IllegalStateException("exit " + code + " from " + String.join(" ", command) + ": "
                        + Files.readString(err.toPath(), StandardCharsets.UTF_8));
            }
            return Files.readString(out.toPath(), StandardCharsets.UTF_8);
        } finally {
            err.delete();
            out.delete();
        }
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static long size(Path path) throws IOException {
        try (Stream<Path> s = Files.walk(path)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void delete(Path path) throws IOException {
        try (Stream<Path> s = Files.walk(path)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Describes the machine: cores, CPU model, memory, Java. */
    static String machine() {
        String cpu = "unknown";
        String mem = "unknown";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
            mem = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> String.format(Locale.ROOT, "%.1f GB",
                            Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0)).orElse(mem);
        } catch (IOException | RuntimeException e) {
            // not Linux: leave unknown
        }
        return String.format(Locale.ROOT, "## Benchmark run%n%nMachine: %d cores (nproc), %s, %s RAM, %s %s (%s), %s%n",
                Runtime.getRuntime().availableProcessors(), cpu, mem, System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vm.vendor"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }
}
