package org.cspstat.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the synthetic district "Northbrook" as data.police.uk street-level files, with the
 * ONS-style lookup, the named places and an index of the files.
 *
 * <p>Months 2022-04 to 2025-12 are written as {@code YYYY-MM/YYYY-MM-northbrook-street.csv},
 * except 2023-02, which is left out on purpose (a gap). The output depends only on the seed.
 * Regenerate the committed set with
 * <pre>
 * mvn -B -q -o compile -pl tools
 * java -cp tools/target/classes org.cspstat.tools.SyntheticDistrict sample-data/synthetic
 * </pre>
 */
public final class SyntheticDistrict {

    /** The seed of the committed sample data. */
    public static final long DEFAULT_SEED = 5L;

    /** The force name written in {@code Reported by} and {@code Falls within}. */
    public static final String FORCE = "Northbrook Constabulary";

    private SyntheticDistrict() {
    }

    /**
     * Runs the generator from the command line.
     *
     * @param args output directory, then optionally the seed (default {@value #DEFAULT_SEED})
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: SyntheticDistrict <output dir> [seed]");
            System.exit(2);
        }
        long seed = args.length == 2 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        List<String> files = write(Path.of(args[0]), seed);
        System.out.println(files.size() + " files written");
    }

    /**
     * Writes every file of the synthetic district into {@code directory}.
     *
     * @param directory the output directory, created if needed
     * @param seed      the random seed; equal seeds give byte-identical files
     * @return the paths written, relative to {@code directory}, as listed in {@code index.txt}
     * @throws IOException if a file cannot be written
     */
    public static List<String> write(Path directory, long seed) throws IOException {
        Northbrook town = Northbrook.build();
        List<String> written = new ArrayList<>();
        for (YearMonth month = CrimeModel.FIRST; !month.isAfter(CrimeModel.LAST); month = month.plusMonths(1)) {
            if (month.equals(CrimeModel.GAP)) {
                continue;
            }
            String relative = month + "/" + month + "-northbrook-street.csv";
            StringBuilder text = new StringBuilder(PoliceUkCsv.HEADER).append('\n');
            for (Incident incident : month(town, month, seed)) {
                text.append(PoliceUkCsv.line(incident, FORCE)).append('\n');
            }
            writeFile(directory.resolve(relative), text.toString());
            written.add(relative);
        }
        writeFile(directory.resolve("lookup.csv"), GeographyFiles.lookup(town));
        writeFile(directory.resolve("places.csv"), GeographyFiles.places(town));
        written.add("lookup.csv");
        written.add("places.csv");
        written.sort(Comparator.naturalOrder());
        writeFile(directory.resolve("index.txt"), String.join("\n", written) + "\n");
        return written;
    }

    /**
     * Generates one month's rows, ordered as police.uk orders them: by LSOA name, "No Location" last.
     *
     * @param town  the geography
     * @param month the month
     * @param seed  the data seed
     * @return the rows
     */
    static List<Incident> month(Northbrook town, YearMonth month, long seed) {
        SplittableRandom rng = new SplittableRandom(seed * 1_000_003L + month.getYear() * 12L + month.getMonthValue());
        List<SnapPoint> points = town.points();
        List<Incident> rows = new ArrayList<>();
        for (CrimeModel.Category category : CrimeModel.CATEGORIES) {
            double[] weights = new double[points.size()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = CrimeModel.weight(category, points.get(i), month);
            }
            double[] cumulative = Sampling.cumulative(weights);
            double[] outcomes = category.outcomes();
            double[] outcomeCumulative = category.name().equals(CrimeModel.ASB) ? null : Sampling.cumulative(outcomes);
            int n = Sampling.poisson(rng, CrimeModel.mean(category, month));
            for (int k = 0; k < n; k++) {
                SnapPoint point = rng.nextDouble() < category.noLocation() ? null
                        : points.get(Sampling.choose(rng, cumulative));
                if (outcomeCumulative == null) {
                    rows.add(new Incident("", month, point, category.name(), ""));
                } else {
                    rows.add(new Incident(Sampling.hex64(rng), month, point, category.name(),
                            outcome(rng, outcomeCumulative, month)));
                }
            }
        }
        int duplicates = Sampling.poisson(rng, 0.3);
        for (int d = 0; d < duplicates && !rows.isEmpty(); d++) {
            Incident original = rows.get(rng.nextInt(rows.size()));
            if (!original.crimeId().isEmpty() && original.point() != null) {
                String other = original.outcome().equals("Status update unavailable")
                        ? "Investigation complete; no suspect identified" : "Status update unavailable";
                rows.add(new Incident(original.crimeId(), month, original.point(), original.category(), other));
            }
        }
        rows.sort(Comparator.comparing(Incident::sortKey));
        return rows;
    }

    private static String outcome(SplittableRandom rng, double[] cumulative, YearMonth month) {
        if (rng.nextDouble() < CrimeModel.stillOpen(month)) {
            return "Under investigation";
        }
        return CrimeModel.OUTCOMES.get(Sampling.choose(rng, cumulative));
    }

    private static void writeFile(Path path, String text) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
