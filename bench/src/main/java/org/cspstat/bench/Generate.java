package org.cspstat.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded generator of national-scale data in the data.police.uk street-level format
 * (DOMAIN.md §1): 43 forces, about 35,000 LSOAs in about 330 districts (E01 codes, W01 for the
 * four Welsh forces), the 14 current crime types in national proportions (about 17% ASB, with an
 * empty Crime ID and outcome), snap-point coordinates with six decimals, about 1.5% {@code No
 * Location} rows, about 0.1% repeated Crime IDs, and a few quoted locations (some with a comma
 * inside the quotes). The same seed and size always give the same bytes.
 *
 * <pre>
 * java -cp ... org.cspstat.bench.Generate --rows 2000000 --out /tmp/national.csv
 * java -cp ... org.cspstat.bench.Generate --rows 20000000 --monthly --out /tmp/archive
 * </pre>
 *
 * <p>One file holds months in order, forces in order within a month, like the bulk download
 * concatenated. {@code --monthly} writes {@code YYYY-MM/YYYY-MM-national-street.csv}, one file a
 * month. Months run from 2021-01 for {@code --months} months (default 36).
 */
public final class Generate {
    static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
            + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n";
    static final YearMonth FIRST = YearMonth.of(2021, 1);

    private static final String[] FORCES = {
        "Avon and Somerset Constabulary", "Bedfordshire Police", "Cambridgeshire Constabulary",
        "Cheshire Constabulary", "City of London Police", "Cleveland Police", "Cumbria Constabulary",
        "Derbyshire Constabulary", "Devon & Cornwall Police", "Dorset Police", "Durham Constabulary",
        "Dyfed-Powys Police", "Essex Police", "Gloucestershire Constabulary", "Greater Manchester Police",
        "Gwent Police", "Hampshire Constabulary", "Hertfordshire Constabulary", "Humberside Police",
        "Kent Police", "Lancashire Constabulary", "Leicestershire Police", "Lincolnshire Police",
        "Merseyside Police", "Metropolitan Police Service", "Norfolk Constabulary", "North Wales Police",
        "North Yorkshire Police", "Northamptonshire Police", "Northumbria Police", "Nottinghamshire Police",
        "South Wales Police", "South Yorkshire Police", "Staffordshire Police", "Suffolk Constabulary",
        "Surrey Police", "Sussex Police", "Thames Valley Police", "Warwickshire Police", "West Mercia Police",
        "West Midlands Police", "West Yorkshire Police", "Wiltshire Police"};

    /** The 14 current crime types and their approximate national shares. */
    private static final String[] TYPES = {
        "Violence and sexual offences", "Anti-social behaviour", "Criminal damage and arson", "Public order",
        "Other theft", "Shoplifting", "Vehicle crime", "Burglary", "Drugs", "Other crime", "Bicycle theft",
        "Robbery", "Theft from the person", "Possession of weapons"};
    private static final double[] SHARES = {
        0.33, 0.17, 0.09, 0.09, 0.07, 0.06, 0.06, 0.04, 0.03, 0.02, 0.01, 0.01, 0.01, 0.01};

    private static final String[] OUTCOMES = {
        "Investigation complete; no suspect identified", "Unable to prosecute suspect",
        "Status update unavailable", "Under investigation", "Awaiting court outcome", "Local resolution",
        "Offender given a caution", "Court result unavailable", "Action to be taken by another organisation",
        "Further investigation is not in the public interest", "Formal action is not in the public interest"};

    private static final String[] PREFIXES = {"Ash", "Brook", "Crane", "Dun", "Elm", "Fair", "Glen", "Hart",
        "Ivy", "King", "Lang", "Mill", "North", "Oak", "Pen", "Queen", "Red", "Stan", "Thorn", "Up", "Wake",
        "West", "Whit", "York"};
    private static final String[] SUFFIXES = {"ford", "ley", "ton", "field", "bury", "ham", "wick", "mouth",
        "worth", "stead", "well", "by", "minster", "hurst"};
    private static final String[] STREETS = {"Road", "Street", "Lane", "Close", "Avenue", "Way", "Drive",
        "Crescent", "Grove", "Hill"};
    private static final String[] PLACES = {"Parking Area", "Supermarket", "Petrol Station", "Nightclub",
        "Sports/Recreation Area", "Shopping Area", "Further/Higher Educational Building", "Hospital"};

    private static final int LSOAS = 35_000;
    private static final int POINTS_PER_LSOA = 12;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final SplittableRandom random;
    private final int months;
    /** Per LSOA: the force index. */
    private final int[] lsoaForce;
    /** Per LSOA: "E01000001,Ashford 001A" ready to write. */
    private final String[] lsoaText;
    /** Per LSOA and point: "-0.123456,51.123456,On or near X Road" ready to write. */
    private final String[][] points;
    /** Per force: its LSOAs, busiest first. */
    private final int[][] forceLsoas;
    private final double[] forceCumulative;
    private final double[] typeCumulative;
    private final StringBuilder row = new StringBuilder(320);
    private final char[] lastId = new char[64];
    private boolean hasLastId;

    private Generate(long seed, int months) {
        this.random = new SplittableRandom(seed);
        this.months = months;
        List<String> districts = new ArrayList<>();
        for (String p : PREFIXES) {
            for (String s : SUFFIXES) {
                districts.add(p + s);
            }
        }
        shuffle(districts);
        int districtCount = 330;
        lsoaForce = new int[LSOAS];
        lsoaText = new String[LSOAS];
        points = new String[LSOAS][POINTS_PER_LSOA];
        double[][] centres = new double[districtCount][];
        for (int d = 0; d < districtCount; d++) {
            centres[d] = new double[] {-5.0 + random.nextDouble() * 6.7, 50.2 + random.nextDouble() * 5.3};
        }
        int perDistrict = (LSOAS + districtCount - 1) / districtCount;
        List<List<Integer>> byForce = new ArrayList<>();
        for (int f = 0; f < FORCES.length; f++) {
            byForce.add(new ArrayList<>());
        }
        for (int i = 0; i < LSOAS; i++) {
            int d = i / perDistrict;
            int within = i % perDistrict;
            int force = d * FORCES.length / districtCount;
            boolean wales = FORCES[force].equals("Dyfed-Powys Police") || FORCES[force].equals("Gwent Police")
                    || FORCES[force].contains("Wales");
            lsoaForce[i] = force;
            byForce.get(force).add(i);
            lsoaText[i] = String.format(Locale.ROOT, "%s%06d,%s %03d%c", wales ? "W01" : "E01", 1000 + i,
                    districts.get(d), within / 4 + 1, (char) ('A' + within % 4));
            double lon = centres[d][0] + (random.nextDouble() - 0.5) * 0.1;
            double lat = centres[d][1] + (random.nextDouble() - 0.5) * 0.1;
            for (int p = 0; p < POINTS_PER_LSOA; p++) {
                points[i][p] = String.format(Locale.ROOT, "%.6f,%.6f,%s",
                        lon + (random.nextDouble() - 0.5) * 0.01, lat + (random.nextDouble() - 0.5) * 0.01,
                        location());
            }
        }
        forceLsoas = new int[FORCES.length][];
        forceCumulative = new double[FORCES.length];
        double total = 0;
        for (int f = 0; f < FORCES.length; f++) {
            List<Integer> l = byForce.get(f);
            shuffle(l);
            forceLsoas[f] = l.stream().mapToInt(Integer::intValue).toArray();
            total += l.size() * (FORCES[f].startsWith("Metropolitan") ? 2.0 : 0.5 + random.nextDouble());
            forceCumulative[f] = total;
        }
        for (int f = 0; f < FORCES.length; f++) {
            forceCumulative[f] /= total;
        }
        typeCumulative = new double[SHARES.length];
        double c = 0;
        for (int t = 0; t < SHARES.length; t++) {
            c += SHARES[t];
            typeCumulative[t] = c;
        }
        typeCumulative[SHARES.length - 1] = 1.0;
    }

    private String location() {
        int kind = random.nextInt(1000);
        String name = kind < 150 ? PLACES[random.nextInt(PLACES.length)]
                : PREFIXES[random.nextInt(PREFIXES.length)] + SUFFIXES[random.nextInt(SUFFIXES.length)]
                        + (kind < 170 ? "'S" : "") + " " + STREETS[random.nextInt(STREETS.length)];
        if (kind >= 995) {
            return "\"On or near " + name + ", East\"";
        }
        if (kind >= 975) {
            return "\"On or near " + name + "\"";
        }
        return "On or near " + name;
    }

    private <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    private static int pick(double[] cumulative, double u) {
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /** Rows in month {@code m}: an even share with a small seasonal swing, summing exactly to {@code rows}. */
    private long rowsBefore(long rows, int m) {
        double done = 0;
        double all = 0;
        for (int i = 0; i < months; i++) {
            double w = 1.0 + 0.08 * Math.sin(2 * Math.PI * (i % 12 - 3) / 12.0) + 0.002 * i;
            all += w;
            if (i < m) {
                done += w;
            }
        }
        return Math.round(rows * done / all);
    }

    private void month(YearMonth month, long count, OutputStream out) throws IOException {
        String m = month.toString();
        // within a month, rows come force by force, as when the forces' files are concatenated
        long[] perForce = new long[FORCES.length];
        for (long i = 0; i < count; i++) {
            perForce[pick(forceCumulative, random.nextDouble())]++;
        }
        for (int f = 0; f < FORCES.length; f++) {
            int[] lsoas = forceLsoas[f];
            for (long i = 0; i < perForce[f]; i++) {
                out.write(row(m, f, lsoas).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private String row(String month, int force, int[] lsoas) {
        StringBuilder r = row;
        r.setLength(0);
        int type = pick(typeCumulative, random.nextDouble());
        boolean asb = type == 1;
        if (!asb) {
            if (hasLastId && random.nextInt(1000) == 0) {
                r.append(lastId);
            } else {
                for (int i = 0; i < 64; i += 16) {
                    long v = random.nextLong();
                    for (int k = 0; k < 16; k++) {
                        lastId[i + k] = HEX[(int) (v >>> (k * 4)) & 15];
                    }
                }
                hasLastId = true;
                r.append(lastId);
            }
        }
        r.append(',').append(month).append(',').append(FORCES[force]).append(',').append(FORCES[force]).append(',');
        if (random.nextInt(1000) < 15) {
            r.append(",,No Location,,,");
        } else {
            // skewed: a few busy LSOAs, a long tail
            double u = random.nextDouble();
            int lsoa = lsoas[(int) (lsoas.length * u * u)];
            r.append(points[lsoa][random.nextInt(POINTS_PER_LSOA)]).append(',').append(lsoaText[lsoa]).append(',');
        }
        r.append(TYPES[type]).append(',');
        if (!asb) {
            r.append(OUTCOMES[random.nextInt(OUTCOMES.length)]);
        }
        return r.append(",\n").toString();
    }

    /** Writes the data as one file. */
    private void oneFile(long rows, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(HEADER.getBytes(StandardCharsets.UTF_8));
            for (int m = 0; m < months; m++) {
                month(FIRST.plusMonths(m), rowsBefore(rows, m + 1) - rowsBefore(rows, m), out);
            }
        }
    }

    /** Writes the data as one file a month under {@code dir}. */
    private void monthly(long rows, Path dir) throws IOException {
        for (int m = 0; m < months; m++) {
            YearMonth ym = FIRST.plusMonths(m);
            Path file = dir.resolve(ym.toString()).resolve(ym + "-national-street.csv");
            Files.createDirectories(file.getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
                out.write(HEADER.getBytes(StandardCharsets.UTF_8));
                month(ym, rowsBefore(rows, m + 1) - rowsBefore(rows, m), out);
            }
        }
    }

    /**
     * Generates data.
     *
     * @param rows how many data rows in all
     * @param months how many months from 2021-01
     * @param seed the random seed
     * @param monthly true for one file a month under {@code out}, false for one file {@code out}
     * @param out the file or directory to write
     * @throws IOException when writing fails
     */
    public static void generate(long rows, int months, long seed, boolean monthly, Path out) throws IOException {
        Generate g = new Generate(seed, months);
        if (monthly) {
            g.monthly(rows, out);
        } else {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            g.oneFile(rows, out);
        }
    }

    /**
     * Command line: {@code --rows N --out PATH [--monthly] [--months 36] [--seed 20211]}.
     *
     * @param args the arguments
     * @throws IOException when writing fails
     */
    public static void main(String[] args) throws IOException {
        long rows = 2_000_000;
        int months = 36;
        long seed = 20211;
        boolean monthly = false;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(args[++i].replace("_", ""));
                case "--months" -> months = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--monthly" -> monthly = true;
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out PATH is required");
        }
        generate(rows, months, seed, monthly, out);
    }
}
