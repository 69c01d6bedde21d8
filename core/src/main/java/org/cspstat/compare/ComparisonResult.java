package org.cspstat.compare;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cspstat.period.Period;
import org.cspstat.stats.MultipleComparisons;
import org.cspstat.stats.Verdict;

/**
 * The rows of a comparison and how they were made.
 *
 * @param current the current period
 * @param previous the previous period
 * @param grouping what the rows are
 * @param level the area level of area rows
 * @param adjustment how p-values were adjusted across the rows
 * @param alpha the significance level of the verdicts
 * @param rows the rows in table order
 * @param source the data's source line
 * @param monthsCurrent the current period's months that were compared (with gaps allowed, only
 *     the calendar months with data in both periods)
 * @param monthsPrevious the previous period's months that were compared, in the same order
 * @param families the families of tests, each adjusted on its own
 * @param notes what a reader must know before the table (short periods, gaps), possibly none
 */
public record ComparisonResult(Period current, Period previous, Grouping grouping, AreaLevel level,
        MultipleComparisons adjustment, double alpha, List<ComparisonRow> rows, String source,
        List<YearMonth> monthsCurrent, List<YearMonth> monthsPrevious, List<Family> families, List<String> notes) {
    /** The family of headline rows: All crime, All ASB and the partnership's own groups. */
    public static final String HEADLINES = "headlines";
    /** The family of category rows. */
    public static final String CATEGORIES = "categories";
    /** The heading words of counts per LSOA, said wherever they appear. */
    public static final String PER_LSOA_WORDS = "per LSOA (a proxy for residents; no population file)";
    /** The note above a table of ward or district rows compared per LSOA. */
    public static final String PER_LSOA_NOTE = "Without a population file, areas are compared per LSOA over the period: "
            + "incidents per LSOA (a proxy for residents; no population file), as LSOAs are built to hold 1,000 to "
            + "3,000 residents. This is not a rate per resident; give a population file for rates per 1,000 residents.";

    // validates the components
    public ComparisonResult {
        requireNonNull(current, "current must not be null");
        requireNonNull(previous, "previous must not be null");
        rows = List.copyOf(rows);
        monthsCurrent = List.copyOf(monthsCurrent);
        monthsPrevious = List.copyOf(monthsPrevious);
        families = List.copyOf(families);
        notes = List.copyOf(notes);
    }

    /**
     * A family of tests adjusted together.
     *
     * @param name {@link #HEADLINES} or {@link #CATEGORIES}
     * @param tests the number of rows tested in it (rows with no incidents and duplicates are not)
     * @param intervalLevel the confidence level of its intervals
     *     ({@link MultipleComparisons#intervalLevel})
     */
    public record Family(String name, int tests, double intervalLevel) {
    }

    /**
     * @param months months
     * @return them for people, ranges joined: {@code 2021-01..2021-03, 2021-05}
     */
    public static String monthList(List<YearMonth> months) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < months.size()) {
            int j = i;
            while (j + 1 < months.size() && months.get(j + 1).equals(months.get(j).plusMonths(1))) {
                j++;
            }
            parts.add(i == j ? months.get(i).toString() : months.get(i) + ".." + months.get(j));
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    /** @return the months compared, for people: {@code 2021-04..2021-12 against 2020-04..2020-12} */
    public String monthsCompared() {
        return monthList(monthsCurrent) + " against " + monthList(monthsPrevious);
    }

    /**
     * @return one sentence on how the verdicts were reached, for every output: the test, the months
     *     compared, the families and the level of their intervals
     */
    public String methodLine() {
        StringBuilder s = new StringBuilder("Months compared: " + monthsCompared() + " (" + monthsCurrent.size()
                + " against " + monthsPrevious.size() + "). Test: exact Poisson, or quasi-Poisson where the monthly "
                + "counts vary more than Poisson (dispersion φ > 1), never less cautious than the exact test. ");
        List<String> parts = new ArrayList<>();
        for (Family f : families) {
            parts.add(f.name() + " (" + f.tests() + (f.tests() == 1 ? " test" : " tests") + ", intervals at "
                    + levelWords(f.intervalLevel()) + ")");
        }
        s.append("Adjusted (").append(adjustmentName()).append(") within each family: ").append(String.join("; ", parts))
                .append("; significant means adjusted p < ").append(plain(alpha))
                .append(", exactly when the interval excludes 1. Rows with no incidents are not tested; a row with the "
                        + "same data as another shares its test.");
        return s.toString();
    }

    /**
     * @param level a confidence level
     * @return it as a percentage for people: {@code 95%}, {@code 99.64%}
     */
    public static String levelWords(double level) {
        if (!Double.isFinite(level)) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%.2f", 100 * level).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s + "%";
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.valueOf(v);
    }

    /** @return a title such as {@code Apr–Dec 2017 vs Apr–Dec 2016} */
    public String title() {
        return current.label() + " vs " + previous.label();
    }

    /**
     * @param category an issue name
     * @return the row (the first, when rows are by area)
     * @throws IllegalArgumentException when there is none
     */
    public ComparisonRow row(String category) {
        return rows.stream().filter(r -> r.category().equals(category)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row for '" + category + "'"));
    }

    /** @return true when the rows carry residents and rates per 1,000 residents */
    public boolean hasPopulation() {
        return rows.stream().anyMatch(r -> r.residents() > 0);
    }

    /**
     * @return true when there is no population file and the rows are wards or districts carrying
     *     their number of LSOAs, for counts per LSOA (a proxy for residents, never a rate per resident)
     */
    public boolean hasLsoaProxy() {
        return !hasPopulation() && rows.stream().anyMatch(r -> r.lsoas() > 0);
    }

    /**
     * @return the current period's column heading: its months, such as {@code Apr–Dec 2017}, or the
     *     months compared when gaps left some out, such as {@code 2022-01}
     */
    public String currentHeading() {
        return monthsCurrent.size() == current.months().size() ? current.monthsLabel() : monthList(monthsCurrent);
    }

    /** @return the previous period's column heading, told apart when both periods have the same label */
    public String previousHeading() {
        String p = monthsPrevious.size() == previous.months().size() ? previous.monthsLabel() : monthList(monthsPrevious);
        return p.equals(currentHeading()) ? p + " (previous)" : p;
    }

    /** @return the adjustment's short name for headings */
    public String adjustmentName() {
        return switch (adjustment) {
            case HOLM -> "Holm";
            case BENJAMINI_HOCHBERG -> "BH";
            case NONE -> "unadjusted";
        };
    }

    /**
     * @param r a row
     * @return its percent change in the rate for people: {@code ▲ +5.4%}, {@code ▼ -17.1%}, {@code new}
     */
    public static String percent(ComparisonRow r) {
        if (r.previous() == 0) {
            return r.current() == 0 ? "" : "new";
        }
        double p = r.percentChange();
        String glyph = p > 0 ? "▲ " : p < 0 ? "▼ " : "  ";
        return glyph + String.format(Locale.ROOT, "%+.1f%%", p);
    }

    /**
     * @param r a row
     * @return its rate ratio with the interval at the family's level, {@code 1.33 (0.98–1.81)};
     *     {@code ∞ (1.20–∞)} for a count from zero; empty when not tested
     */
    public static String ratio(ComparisonRow r) {
        if (r.test().isEmpty() || Double.isNaN(r.low())) {
            return "";
        }
        String high = Double.isFinite(r.high()) ? String.format(Locale.ROOT, "%.2f", r.high()) : "∞";
        String rr = Double.isFinite(r.rateRatio()) ? String.format(Locale.ROOT, "%.2f", r.rateRatio()) : "∞";
        return String.format(Locale.ROOT, "%s (%.2f–%s)", rr, r.low(), high);
    }

    /**
     * @param r a row
     * @return the test for people: {@code exact}, {@code exact, φ 0.8}, {@code quasi-Poisson, φ 1.9}
     */
    public static String testWords(ComparisonRow r) {
        if (r.test().isEmpty()) {
            return "";
        }
        String phi = Double.isFinite(r.test().dispersion())
                ? String.format(Locale.ROOT, ", φ %.1f", r.test().dispersion()) : "";
        return (r.test().method() == org.cspstat.stats.RateTest.Method.EXACT_POISSON ? "exact" : "quasi-Poisson") + phi;
    }

    /**
     * A p-value for people: two decimal places ({@code 0.03}, {@code 0.47}), three below 0.01
     * ({@code 0.004}), {@code <0.001} below that; three places also where two would carry a
     * value across 0.05 ({@code 0.048}, never {@code 0.05} for a significant result). Machine
     * outputs keep the full value.
     *
     * @param p a p-value
     * @return it for people, empty when undefined
     */
    public static String p(double p) {
        if (!Double.isFinite(p)) {
            return "";
        }
        if (p < 0.001) {
            return "<0.001";
        }
        String two = String.format(Locale.ROOT, "%.2f", p);
        boolean crosses = p < 0.05 && Double.parseDouble(two) >= 0.05 || p >= 0.05 && Double.parseDouble(two) < 0.05;
        if (p < 0.0095 || crosses) {
            return String.format(Locale.ROOT, "%.3f", p);
        }
        return two;
    }

    /** @return the number of tested rows whose verdict is a significant change (a row sharing another's test counts once) */
    public long significantCount() {
        return rows.stream().filter(r -> r.verdict().isSignificant() && r.sameAs().isEmpty()).count();
    }
}
