package org.cspstat.tools;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes an invented council ASB case export for Northbrook, April 2024 to December 2025: the
 * kind of file a council's case-management system produces. Windows-1252, CRLF line endings,
 * day-level dates as {@code dd/MM/yyyy HH:mm}, council case types, ward codes and names, and a
 * domestic-abuse flag. Regenerate the committed file with
 * <pre>
 * java -cp tools/target/classes org.cspstat.tools.CouncilAsbExport sample-data/council-asb/asb-cases.csv
 * </pre>
 */
public final class CouncilAsbExport {

    /** The seed of the committed file. */
    public static final long DEFAULT_SEED = 5L;

    /** The header line. */
    public static final String HEADER =
            "Case Ref,Date Reported,Case Type,Ward Code,Ward Name,Latitude,Longitude,Domestic Abuse,Address";

    static final YearMonth FIRST = YearMonth.of(2024, 4);
    static final YearMonth LAST = YearMonth.of(2025, 12);
    static final double CASES_PER_MONTH = 71;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A council case type, its share of cases, whether it peaks in summer and its domestic-abuse rate. */
    private record CaseType(String name, double share, boolean summer, double domesticAbuse, boolean streetIssue) {
    }

    private static final List<CaseType> TYPES = List.of(
            new CaseType("Noise nuisance", 0.30, true, 0.13, false),
            new CaseType("Youth nuisance", 0.18, true, 0.0, true),
            new CaseType("Neighbour dispute", 0.17, false, 0.21, false),
            new CaseType("Fly-tipping", 0.15, false, 0.0, true),
            new CaseType("Drug related", 0.11, false, 0.05, false),
            new CaseType("Street drinking", 0.09, true, 0.0, true));

    /** One case before it is written: when, what and where. */
    private record Case(LocalDateTime reported, CaseType type, SnapPoint point) {
    }

    private static final String[] SPECIAL_ADDRESSES = {"Caf\u00e9 Royal, 2 Market Street", "St Anne\u2019s Court",
        "The Pr\u00e9 Flats, Queensway", "O\u2019Neill House, Brook Lane", "Potter\u2019s Road Shops"};

    private CouncilAsbExport() {
    }

    /**
     * Runs the export from the command line.
     *
     * @param args output file, then optionally the seed (default {@value #DEFAULT_SEED})
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: CouncilAsbExport <output file> [seed]");
            System.exit(2);
        }
        long seed = args.length == 2 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        int rows = write(Path.of(args[0]), seed);
        System.out.println(rows + " cases written");
    }

    /**
     * Writes the export.
     *
     * @param file the output file; its directory is created if needed
     * @param seed the random seed; equal seeds give byte-identical files
     * @return the number of cases written
     * @throws IOException if the file cannot be written
     */
    public static int write(Path file, long seed) throws IOException {
        List<String> lines = lines(Northbrook.build(), seed);
        StringBuilder text = new StringBuilder(HEADER).append("\r\n");
        for (String line : lines) {
            text.append(line).append("\r\n");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, text.toString().getBytes(WINDOWS_1252));
        return lines.size();
    }

    /** The data lines, in date order, without line endings. */
    static List<String> lines(Northbrook town, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        CrimeModel.Category asb = CrimeModel.CATEGORIES.get(0);
        double[] typeShares = TYPES.stream().mapToDouble(CaseType::share).toArray();
        List<Case> cases = new ArrayList<>();
        for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
            double[] weights = new double[town.points().size()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = CrimeModel.weight(asb, town.points().get(i), month);
            }
            double[] cumulative = Sampling.cumulative(weights);
            double season = asb.seasonal()[month.getMonthValue() - 1];
            int n = Sampling.poisson(rng, CASES_PER_MONTH * (0.5 + 0.5 * season));
            for (int k = 0; k < n; k++) {
                CaseType type = TYPES.get(Sampling.choose(rng, Sampling.cumulative(typeShares)));
                if (type.summer() && rng.nextDouble() > season / 1.25) {
                    type = TYPES.get(2);
                }
                SnapPoint point = town.points().get(Sampling.choose(rng, cumulative));
                LocalDateTime reported = month.atDay(1 + rng.nextInt(month.lengthOfMonth()))
                        .atTime(hour(rng), rng.nextInt(60));
                cases.add(new Case(reported, type, point));
            }
        }
        cases.sort(Comparator.comparing(Case::reported));
        List<String> lines = new ArrayList<>();
        Map<Integer, Integer> sequence = new HashMap<>();
        for (Case c : cases) {
            LocalDateTime reported = c.reported();
            CaseType type = c.type();
            SnapPoint point = c.point();
            int year = reported.getYear();
            String ref = String.format(Locale.ROOT, "ASB/%02d/%05d", year % 100, sequence.merge(year, 1, Integer::sum));
            boolean located = rng.nextDouble() >= 0.03;
            double x = point.x() + (rng.nextDouble() * 2 - 1) * 40;
            double y = point.y() + (rng.nextDouble() * 2 - 1) * 40;
            Ward ward = point.lsoa().ward();
            String abuse = rng.nextDouble() < type.domesticAbuse() ? "Y" : "N";
            lines.add(String.join(",", ref, DATE.format(reported), type.name(), ward.code(),
                    quoteAddress(ward.councilName()),
                    located ? PoliceUkCsv.coordinate(Northbrook.lat(y)) : "",
                    located ? PoliceUkCsv.coordinate(Northbrook.lon(x)) : "",
                    abuse, quoteAddress(address(rng, type, point))));
        }
        return lines;
    }

    private static int hour(SplittableRandom rng) {
        int[] hours = {7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23};
        double[] weights = {1, 2, 3, 3, 3, 3, 3, 3, 4, 5, 6, 7, 7, 6, 5, 4, 2};
        return hours[Sampling.choose(rng, Sampling.cumulative(weights))];
    }

    private static String address(SplittableRandom rng, CaseType type, SnapPoint point) {
        if (rng.nextDouble() < 0.01) {
            return SPECIAL_ADDRESSES[rng.nextInt(SPECIAL_ADDRESSES.length)];
        }
        String street = point.street().replace("'S ", "\u2019s ");
        if (type.streetIssue() || point.kind() != Kind.RESIDENTIAL) {
            return "Outside " + street + ", Northbrook";
        }
        return (1 + rng.nextInt(120)) + " " + street + ", Northbrook";
    }

    /** Quotes a field that holds a comma or a double quote. */
    private static String quoteAddress(String address) {
        return address.indexOf(',') < 0 && address.indexOf('"') < 0 ? address : '"' + address.replace("\"", "\"\"") + '"';
    }
}
