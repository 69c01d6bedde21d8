package org.cspstat.outcome;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cspstat.io.AreaLookup;
import org.cspstat.model.PoliceUkCategories;
import org.cspstat.period.Period;
import org.cspstat.format.TableFormat;
import org.cspstat.stats.MultipleComparisons;

/**
 * Outcome groups of the crimes reported in a period, by category and by area, and the share
 * charged or summonsed against the previous period with Fisher's exact test (Holm-adjusted across
 * the categories).
 *
 * <p>A crime's outcome is the latest known when the data were published: crimes of the previous
 * period have had a year longer to reach one, so a lower charge share now can partly be outcomes
 * still to come (the "under investigation" share says how many).
 *
 * @param current the current period
 * @param previous the previous period
 * @param byCategory outcome groups of the crimes reported in the current period, by category
 *     ({@code All crime} first), each {@link Row#counts()} indexed by {@link OutcomeGroup#ordinal()}
 * @param byArea the same for All crime by area (ward with a lookup, else LSOA name; "No location"
 *     for crimes without one), busiest first
 * @param charge the charge/summons share, current against previous, by category ({@code All crime} first)
 * @param account the account of the rows read
 */
public record OutcomeAnalysis(Period current, Period previous, List<Row> byCategory, List<Row> byArea,
        List<ChargeShare> charge, CrimeOutcomes.Account account) {
    /** The name of the row of all crimes. */
    public static final String ALL_CRIME = "All crime";

    // copies the lists.
    public OutcomeAnalysis {
        requireNonNull(current, "current must not be null");
        requireNonNull(previous, "previous must not be null");
        byCategory = List.copyOf(byCategory);
        byArea = List.copyOf(byArea);
        charge = List.copyOf(charge);
    }

    /**
     * Crimes of one category or area by outcome group.
     *
     * @param name the category or area
     * @param counts crimes per group, by {@link OutcomeGroup#ordinal()}
     */
    public record Row(String name, long[] counts) {
        // copies the counts.
        public Row {
            counts = counts.clone();
        }

        @Override
        public long[] counts() {
            return counts.clone();
        }

        /** @return the crimes in the row */
        public long total() {
            long t = 0;
            for (long c : counts) {
                t += c;
            }
            return t;
        }

        /**
         * @param group a group
         * @return its count
         */
        public long count(OutcomeGroup group) {
            return counts[group.ordinal()];
        }

        /**
         * @param group a group
         * @return its share of the row's crimes, NaN when there are none
         */
        public double share(OutcomeGroup group) {
            long t = total();
            return t == 0 ? Double.NaN : (double) counts[group.ordinal()] / t;
        }
    }

    /**
     * The charge/summons share of one category, now and a period earlier.
     *
     * @param name the category or {@code All crime}
     * @param chargedNow crimes of the current period charged or summonsed
     * @param totalNow crimes of the current period
     * @param chargedBefore crimes of the previous period charged or summonsed
     * @param totalBefore crimes of the previous period
     * @param pValue Fisher's exact test, two-sided (R {@code fisher.test})
     * @param pAdjusted Holm-adjusted across the categories ({@code All crime} apart: its own p)
     */
    public record ChargeShare(String name, long chargedNow, long totalNow, long chargedBefore, long totalBefore,
            double pValue, double pAdjusted) {
        /** @return the share now, NaN without crimes */
        public double shareNow() {
            return totalNow == 0 ? Double.NaN : (double) chargedNow / totalNow;
        }

        /** @return the share before, NaN without crimes */
        public double shareBefore() {
            return totalBefore == 0 ? Double.NaN : (double) chargedBefore / totalBefore;
        }
    }

    /**
     * Analyses the crimes' outcomes.
     *
     * @param data the crimes with outcomes
     * @param current the current period
     * @param previous the previous period
     * @param lookup LSOA to ward, or null for areas by LSOA name
     * @return the analysis
     */
    public static OutcomeAnalysis of(CrimeOutcomes data, Period current, Period previous, AreaLookup lookup) {
        int groups = OutcomeGroup.values().length;
        Map<String, long[]> byCatNow = new LinkedHashMap<>();
        Map<String, long[]> byCatBefore = new LinkedHashMap<>();
        Map<String, long[]> byArea = new LinkedHashMap<>();
        byCatNow.put(ALL_CRIME, new long[groups]);
        byCatBefore.put(ALL_CRIME, new long[groups]);
        for (String c : PoliceUkCategories.CURRENT) {
            if (!c.equals("Anti-social behaviour")) {
                byCatNow.put(c, new long[groups]);
                byCatBefore.put(c, new long[groups]);
            }
        }
        for (CrimeOutcomes.Crime c : data.crimes()) {
            int g = c.group().ordinal();
            if (current.contains(c.month())) {
                byCatNow.get(ALL_CRIME)[g]++;
                byCatNow.computeIfAbsent(c.category(), k -> new long[groups])[g]++;
                byArea.computeIfAbsent(area(c, lookup), k -> new long[groups])[g]++;
            } else if (previous.contains(c.month())) {
                byCatBefore.get(ALL_CRIME)[g]++;
                byCatBefore.computeIfAbsent(c.category(), k -> new long[groups])[g]++;
            }
        }
        List<Row> categories = new ArrayList<>();
        List<ChargeShare> shares = new ArrayList<>();
        int charged = OutcomeGroup.CHARGED_OR_SUMMONSED.ordinal();
        for (Map.Entry<String, long[]> e : byCatNow.entrySet()) {
            long[] a = e.getValue();
            long[] b = byCatBefore.getOrDefault(e.getKey(), new long[groups]);
            Row r = new Row(e.getKey(), a);
            Row before = new Row(e.getKey(), b);
            if (r.total() + before.total() == 0) {
                continue;
            }
            categories.add(r);
            double p = r.total() == 0 || before.total() == 0 ? Double.NaN
                    : FisherExact.twoSided(a[charged], r.total() - a[charged], b[charged], before.total() - b[charged]);
            shares.add(new ChargeShare(e.getKey(), a[charged], r.total(), b[charged], before.total(), p, p));
        }
        // Holm across the categories; All crime keeps its own p
        double[] ps = new double[shares.size() - 1];
        for (int i = 1; i < shares.size(); i++) {
            ps[i - 1] = shares.get(i).pValue();
        }
        double[] adjusted = MultipleComparisons.HOLM.adjust(ps);
        for (int i = 1; i < shares.size(); i++) {
            ChargeShare s = shares.get(i);
            shares.set(i, new ChargeShare(s.name(), s.chargedNow(), s.totalNow(), s.chargedBefore(), s.totalBefore(),
                    s.pValue(), adjusted[i - 1]));
        }
        List<Row> areas = new ArrayList<>();
        byArea.forEach((k, v) -> areas.add(new Row(k, v)));
        areas.sort((x, y) -> x.total() != y.total() ? Long.compare(y.total(), x.total()) : x.name().compareTo(y.name()));
        return new OutcomeAnalysis(current, previous, categories, areas, shares, data.account());
    }

    private static String area(CrimeOutcomes.Crime c, AreaLookup lookup) {
        if (c.lsoaCode().isEmpty()) {
            return "No location";
        }
        if (lookup != null) {
            return lookup.ward(c.lsoaCode()).map(a -> a.name()).orElse(c.lsoaName().isEmpty() ? c.lsoaCode() : c.lsoaName());
        }
        return c.lsoaName().isEmpty() ? c.lsoaCode() : c.lsoaName();
    }

    /** @return the column names of the group tables' CSV: name, crimes, then a count and a share per group */
    public static List<String> groupColumns(String first) {
        List<String> names = new ArrayList<>(List.of(first, "crimes"));
        for (OutcomeGroup g : OutcomeGroup.values()) {
            String key = g.name().toLowerCase(Locale.ROOT);
            names.add(key);
            names.add(key + "_share");
        }
        return names;
    }

    /**
     * @param rows rows of {@link #byCategory} or {@link #byArea}
     * @return the rows as CSV cells (plain numbers, shares 0–1)
     */
    public static List<List<String>> groupCells(List<Row> rows) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) {
            List<String> cells = new ArrayList<>(List.of(r.name(), Long.toString(r.total())));
            for (OutcomeGroup g : OutcomeGroup.values()) {
                cells.add(Long.toString(r.count(g)));
                cells.add(TableFormat.plainNumber(r.share(g)));
            }
            out.add(cells);
        }
        return out;
    }

    /** @return display column names of the group tables: name, crimes, one per group */
    public static List<String> groupDisplayColumns(String first) {
        List<String> names = new ArrayList<>(List.of(first, "Crimes"));
        for (OutcomeGroup g : OutcomeGroup.values()) {
            names.add(g.label());
        }
        return names;
    }

    /**
     * @param rows rows of {@link #byCategory} or {@link #byArea}
     * @return display cells: each group as "count (share%)"
     */
    public static List<List<String>> groupDisplayCells(List<Row> rows) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) {
            List<String> cells = new ArrayList<>(List.of(r.name(), String.format(Locale.ROOT, "%,d", r.total())));
            for (OutcomeGroup g : OutcomeGroup.values()) {
                cells.add(r.total() == 0 ? "0" : String.format(Locale.ROOT, "%,d (%.1f%%)", r.count(g), 100 * r.share(g)));
            }
            out.add(cells);
        }
        return out;
    }

    /** @return the charge table's CSV column names */
    public static List<String> chargeColumns() {
        return List.of("category", "charged_now", "crimes_now", "share_now", "charged_before", "crimes_before",
                "share_before", "p_value", "p_adjusted");
    }

    /** @return the charge table as CSV cells */
    public List<List<String>> chargeCells() {
        List<List<String>> out = new ArrayList<>();
        for (ChargeShare s : charge) {
            out.add(List.of(s.name(), Long.toString(s.chargedNow()), Long.toString(s.totalNow()),
                    TableFormat.plainNumber(s.shareNow()), Long.toString(s.chargedBefore()),
                    Long.toString(s.totalBefore()), TableFormat.plainNumber(s.shareBefore()),
                    TableFormat.plainNumber(s.pValue()), TableFormat.plainNumber(s.pAdjusted())));
        }
        return out;
    }

    /** @return the charge table's display column names */
    public List<String> chargeDisplayColumns() {
        return List.of("Category", "Charged " + current.monthsLabel(), "Share " + current.monthsLabel(),
                "Charged " + previous.monthsLabel(), "Share " + previous.monthsLabel(), "Change (points)", "p (Fisher)",
                "p (Holm)");
    }

    /** @return the charge table's display cells */
    public List<List<String>> chargeDisplayCells() {
        List<List<String>> out = new ArrayList<>();
        for (ChargeShare s : charge) {
            out.add(List.of(s.name(), String.format(Locale.ROOT, "%,d of %,d", s.chargedNow(), s.totalNow()),
                    pct(s.shareNow()), String.format(Locale.ROOT, "%,d of %,d", s.chargedBefore(), s.totalBefore()),
                    pct(s.shareBefore()), Double.isNaN(s.shareNow() - s.shareBefore()) ? "–"
                            : String.format(Locale.ROOT, "%+.1f", 100 * (s.shareNow() - s.shareBefore())),
                    p(s.pValue()), s.name().equals(ALL_CRIME) ? "–" : p(s.pAdjusted())));
        }
        return out;
    }

    /**
     * @return plain sentences on where the outcomes came from, the account of the rows, and the
     *     caveat that recent crimes have had less time to reach an outcome
     */
    public String note() {
        CrimeOutcomes.Account a = account;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Street rows read %,d: %,d crimes in the area, %,d anti-social behaviour "
                + "(no outcome), %,d outside the area, %,d rejected.", a.streetRows(), a.crimes(), a.asb(),
                a.outsideArea(), a.streetRejected()));
        if (a.outcomeRows() > 0) {
            s.append(String.format(Locale.ROOT, " Outcomes rows read %,d: %,d linked to those crimes by Crime ID, "
                    + "%,d for other crimes (another area, or reported before the first street month), %,d rejected; "
                    + "%,d crimes take their latest outcome from the outcomes files, the rest the street files' "
                    + "Last outcome category.", a.outcomeRows(), a.linked(), a.unlinked(), a.outcomeRejected(),
                    a.crimesWithOutcomeFromFile()));
        } else {
            s.append(" Outcomes are the street files' Last outcome category.");
        }
        a.rejects().forEach(r -> s.append("\n  ").append(r));
        s.append("\nA crime's outcome is the latest known when the data were published: crimes of the previous period "
                + "have had longer to reach one, so part of a lower charge share now may be outcomes still to come "
                + "(see Under investigation).");
        return s.toString();
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    private static String p(double v) {
        return Double.isNaN(v) ? "–" : org.cspstat.compare.ComparisonResult.p(v);
    }
}
