package org.cspstat.table;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cspstat.compare.AreaLevel;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.compare.ComparisonRow;
import org.cspstat.format.Column;
import org.cspstat.format.Table;
import org.cspstat.hotspot.HotspotCell;
import org.cspstat.hotspot.HotspotReport;
import org.cspstat.hotspot.HotspotResult;
import org.cspstat.model.Polarity;
import org.cspstat.risk.BandChange;
import org.cspstat.risk.Priority;
import org.cspstat.risk.PriorityList;
import org.cspstat.risk.ScoringMethod;
import org.cspstat.trend.ControlChart;
import org.cspstat.trend.MonthCount;
import org.cspstat.trend.Signal;
import org.cspstat.trend.TrendAnalysis;

/**
 * The analyses' results as {@link Table}s: plain values for CSV, spreadsheets and further
 * analysis ({@code of}), and formatted for people ({@code display}, {@code top}, {@code hotCells}).
 * The results themselves know nothing of tables; render one with
 * {@link org.cspstat.format.TableFormat}.
 */
public final class Tables {
    private Tables() {
    }

    /** One column of a comparison's plain-value table: its name, kind and the value of a row. */
    private record Spec(String name, Column.Kind kind, Function<ComparisonRow, Object> value) {
    }

    /** The columns of {@link #of(ComparisonResult)}, defined once. */
    private static List<Spec> specs(ComparisonResult r) {
        List<Spec> c = new ArrayList<>();
        c.add(new Spec("category", Column.Kind.TEXT, ComparisonRow::category));
        if (r.grouping().hasArea()) {
            c.add(new Spec("area", Column.Kind.TEXT, ComparisonRow::area));
            c.add(new Spec("areaCode", Column.Kind.TEXT, ComparisonRow::areaCode));
        }
        c.add(new Spec("current", Column.Kind.INTEGER, ComparisonRow::current));
        c.add(new Spec("previous", Column.Kind.INTEGER, ComparisonRow::previous));
        c.add(new Spec("change", Column.Kind.INTEGER, x -> x.change().change()));
        c.add(new Spec("percentChange", Column.Kind.DECIMAL, ComparisonRow::percentChange));
        c.add(new Spec("rateRatio", Column.Kind.DECIMAL, ComparisonRow::rateRatio));
        c.add(new Spec("rateRatioLow", Column.Kind.DECIMAL, ComparisonRow::low));
        c.add(new Spec("rateRatioHigh", Column.Kind.DECIMAL, ComparisonRow::high));
        c.add(new Spec("intervalLevel", Column.Kind.DECIMAL, ComparisonRow::level));
        c.add(new Spec("pValue", Column.Kind.DECIMAL, ComparisonRow::pValue));
        c.add(new Spec("pAdjusted", Column.Kind.DECIMAL, ComparisonRow::pAdjusted));
        c.add(new Spec("method", Column.Kind.TEXT, x -> x.test().method().words()));
        c.add(new Spec("dispersion", Column.Kind.DECIMAL, x -> x.test().dispersion()));
        c.add(new Spec("family", Column.Kind.TEXT, ComparisonRow::family));
        c.add(new Spec("sameAs", Column.Kind.TEXT, ComparisonRow::sameAs));
        String months = r.monthsCompared();
        c.add(new Spec("monthsCompared", Column.Kind.TEXT, x -> months));
        c.add(new Spec("zScore", Column.Kind.DECIMAL, x -> x.change().zScore().z()));
        c.add(new Spec("verdict", Column.Kind.TEXT, x -> x.verdict().words(Polarity.of(x.category()))));
        c.add(new Spec("warning", Column.Kind.TEXT, ComparisonRow::warning));
        if (r.hasPopulation()) {
            c.add(new Spec("residents", Column.Kind.INTEGER, ComparisonRow::residents));
            c.add(new Spec("currentRatePer1000", Column.Kind.DECIMAL, x -> x.ratePer1000(true)));
            c.add(new Spec("previousRatePer1000", Column.Kind.DECIMAL, x -> x.ratePer1000(false)));
        } else if (r.hasLsoaProxy()) {
            c.add(new Spec("lsoas", Column.Kind.DECIMAL, x -> x.lsoas() > 0 ? x.lsoas() : Double.NaN));
            c.add(new Spec("currentPerLsoa", Column.Kind.DECIMAL, x -> x.perLsoa(true)));
            c.add(new Spec("previousPerLsoa", Column.Kind.DECIMAL, x -> x.perLsoa(false)));
        }
        return c;
    }

    /**
     * A comparison's rows as plain values (for CSV and further analysis), named {@code comparison}:
     * category, area and areaCode (when by area), current, previous, change, percentChange,
     * rateRatio, rateRatioLow, rateRatioHigh (at intervalLevel, the family's adjusted level),
     * intervalLevel, pValue, pAdjusted, method, dispersion, family, sameAs, monthsCompared, zScore,
     * verdict, warning; with a population residents, currentRatePer1000, previousRatePer1000;
     * without one, for ward or district rows, lsoas, currentPerLsoa, previousPerLsoa (counts
     * {@value ComparisonResult#PER_LSOA_WORDS} over the period). Undefined values are missing.
     *
     * @param r the comparison
     * @return the table
     */
    public static Table of(ComparisonResult r) {
        List<Column> columns = new ArrayList<>();
        for (Spec s : specs(r)) {
            List<Object> values = new ArrayList<>(r.rows().size());
            for (ComparisonRow row : r.rows()) {
                Object v = s.value().apply(row);
                values.add(s.kind() == Column.Kind.DECIMAL ? (Object) ((Number) v).doubleValue() : v);
            }
            columns.add(new Column(s.name(), s.kind(), values));
        }
        return new Table("comparison", columns);
    }

    /**
     * A comparison's rows formatted for people (text and Markdown), named after its
     * {@link ComparisonResult#title()}: signed percentages with ▲/▼, "new" where the previous count
     * was 0, the rate ratio with its interval, adjusted p-values.
     *
     * @param r the comparison
     * @return the table
     */
    public static Table display(ComparisonResult r) {
        List<ComparisonRow> rows = r.rows();
        List<Column> c = new ArrayList<>();
        c.add(Column.text("Category", rows.stream().map(ComparisonRow::category)));
        if (r.grouping().hasArea()) {
            c.add(Column.text(r.level() == AreaLevel.LSOA ? "Area" : r.level() == AreaLevel.WARD ? "Ward" : "District",
                    rows.stream().map(ComparisonRow::area)));
        }
        c.add(Column.text(r.currentHeading(), rows.stream().map(x -> String.format(Locale.ROOT, "%,d", x.current()))));
        c.add(Column.text(r.previousHeading(), rows.stream().map(x -> String.format(Locale.ROOT, "%,d", x.previous()))));
        c.add(Column.text("Change", rows.stream().map(x -> String.format(Locale.ROOT, "%+,d", x.change().change()))));
        c.add(Column.text("% change", rows.stream().map(ComparisonResult::percent)));
        c.add(Column.text("Rate ratio (adjusted CI)", rows.stream().map(ComparisonResult::ratio)));
        c.add(Column.text("p (" + r.adjustmentName() + ")", rows.stream().map(x -> ComparisonResult.p(x.pAdjusted()))));
        c.add(Column.text("Test", rows.stream().map(ComparisonResult::testWords)));
        c.add(Column.text("Verdict", rows.stream().map(x -> x.verdict().words(Polarity.of(x.category()))
                + (x.sameAs().isEmpty() ? "" : " (= " + x.sameAs() + ")")
                + (x.warning().isEmpty() ? "" : " (!)"))));
        if (r.hasPopulation()) {
            c.add(c.size() - 5, Column.text("Rate per 1,000/yr", rows.stream()
                    .map(x -> Double.isFinite(x.ratePer1000(true)) ? String.format(Locale.ROOT, "%.1f vs %.1f",
                            x.ratePer1000(true), x.ratePer1000(false)) : "")));
        } else if (r.hasLsoaProxy()) {
            c.add(c.size() - 5, Column.text("LSOAs", rows.stream()
                    .map(x -> x.lsoas() > 0 ? Integer.toString(x.lsoas()) : "")));
            c.add(c.size() - 5, Column.text("Per LSOA (proxy, no population file)", rows.stream()
                    .map(x -> x.lsoas() > 0 ? String.format(Locale.ROOT, "%.1f vs %.1f",
                            x.perLsoa(true), x.perLsoa(false)) : "")));
        }
        return new Table(r.title(), c);
    }

    /**
     * A trend's months, one row per month shown, named after the series: {@code month} (YYYY-MM),
     * {@code count} (missing for a gap), {@code gap}, {@code centre}, {@code upper}, {@code lower}
     * and {@code signal} (the limits are missing when there are none; the month's rule labels
     * joined by {@code "; "}, empty when none).
     *
     * @param t the trend
     * @return the table
     */
    public static Table of(TrendAnalysis t) {
        Map<YearMonth, List<String>> byMonth = new LinkedHashMap<>();
        for (Signal s : t.signals()) {
            byMonth.computeIfAbsent(s.month(), m -> new ArrayList<>()).add(s.rule().label());
        }
        ControlChart chart = t.chart().orElse(null);
        List<String> month = new ArrayList<>();
        List<Long> count = new ArrayList<>();
        List<MonthCount> months = t.series().months();
        boolean[] gap = new boolean[months.size()];
        List<Double> centre = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        List<Double> lower = new ArrayList<>();
        List<String> signal = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            MonthCount m = months.get(i);
            month.add(m.month().toString());
            count.add(m.gap() ? null : m.count());
            gap[i] = m.gap();
            centre.add(chart == null ? null : chart.centre());
            upper.add(chart == null ? null : chart.upper());
            lower.add(chart == null ? null : chart.lower());
            signal.add(byMonth.getOrDefault(m.month(), List.of()).stream().collect(Collectors.joining("; ")));
        }
        return Table.of(t.series().label(), Column.text("month", month), Column.integers("count", count),
                Column.flags("gap", gap), Column.decimals("centre", centre), Column.decimals("upper", upper),
                Column.decimals("lower", lower), Column.text("signal", signal));
    }

    /**
     * A hotspot map's cells, one column per JSON key of a cell, named {@code hotspots}.
     *
     * @param map the map
     * @return the table
     */
    public static Table of(HotspotResult map) {
        List<HotspotCell> cells = map.cells();
        return Table.of("hotspots",
                Column.integers("row", cells.stream().mapToInt(HotspotCell::row).toArray()),
                Column.integers("col", cells.stream().mapToInt(HotspotCell::col).toArray()),
                Column.integers("count", cells.stream().mapToLong(HotspotCell::count).toArray()),
                Column.decimals("z", cells.stream().mapToDouble(HotspotCell::z).toArray()),
                Column.decimals("pValue", cells.stream().mapToDouble(HotspotCell::pValue).toArray()),
                Column.decimals("pAdjusted", cells.stream().mapToDouble(HotspotCell::pAdjusted).toArray()),
                flags("hot", cells, HotspotCell::hot),
                flags("cold", cells, HotspotCell::cold),
                Column.decimals("centroidLat", cells.stream().mapToDouble(HotspotCell::centroidLat).toArray()),
                Column.decimals("centroidLon", cells.stream().mapToDouble(HotspotCell::centroidLon).toArray()),
                Column.decimals("easting", cells.stream().mapToDouble(HotspotCell::easting).toArray()),
                Column.decimals("northing", cells.stream().mapToDouble(HotspotCell::northing).toArray()),
                Column.text("location", cells.stream().map(c -> c.location() == null ? "" : c.location())),
                Column.text("lsoa", cells.stream().map(c -> c.lsoa() == null ? "" : c.lsoa())),
                Column.text("emerging", cells.stream().map(c -> c.emerging() == null ? "" : c.emerging().toString())));
    }

    private static Column flags(String name, List<HotspotCell> cells, java.util.function.Predicate<HotspotCell> test) {
        boolean[] v = new boolean[cells.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = test.test(cells.get(i));
        }
        return Column.flags(name, v);
    }

    /**
     * The top areas of a hotspot report for people: area, counts, change, share of the issue, verdict.
     *
     * @param r the report
     * @param n how many areas
     * @param byChange true to rank by increase
     * @return the table
     */
    public static Table top(HotspotReport r, int n, boolean byChange) {
        List<ComparisonRow> rows = r.top(n, byChange);
        long total = Math.max(r.total(), 1);
        return Table.of(r.issue() + (byChange ? ": largest increases" : ": highest counts"),
                Column.text("Area", rows.stream().map(ComparisonRow::area)),
                Column.text(r.ranking().currentHeading(), rows.stream().map(x -> String.format(Locale.ROOT, "%,d", x.current()))),
                Column.text(r.ranking().previousHeading(), rows.stream().map(x -> String.format(Locale.ROOT, "%,d", x.previous()))),
                Column.text("Change", rows.stream().map(x -> String.format(Locale.ROOT, "%+,d", x.change().change()))),
                Column.text("% change", rows.stream().map(ComparisonResult::percent)),
                Column.text("Share", rows.stream().map(x -> String.format(Locale.ROOT, "%.1f%%", 100.0 * x.current() / total))),
                Column.text("Verdict", rows.stream().map(x -> x.verdict().words())));
    }

    /**
     * The hot and emerging cells for people, hottest first, named {@code hot cells}.
     *
     * @param r the report
     * @return the table
     */
    public static Table hotCells(HotspotReport r) {
        List<HotspotCell> hot = r.hotCells();
        return Table.of("hot cells",
                Column.text("Cell (row,col)", hot.stream().map(c -> c.row() + "," + c.col())),
                Column.text("Count", hot.stream().map(c -> Long.toString(c.count()))),
                Column.text("Gi* z", hot.stream().map(c -> String.format(Locale.ROOT, "%.2f", c.z()))),
                Column.text("p (BH)", hot.stream().map(c -> ComparisonResult.p(c.pAdjusted()))),
                Column.text("Class", hot.stream().map(c -> (c.hot() ? "hot" : "not significant")
                        + (c.emerging() == null ? "" : ", " + c.emerging()))),
                Column.text("Commonest location", hot.stream().map(c -> c.location() == null ? "" : c.location())),
                Column.text("LSOA", hot.stream().map(c -> c.lsoa() == null ? "" : c.lsoa())));
    }

    /**
     * A priority list, named {@code Priorities}: Rank, Issue, Likelihood, Impact, Score, Band, one
     * column per dimension (headed by its words, such as {@code community concern}), Explanation.
     * Score is whole for {@link ScoringMethod#PRODUCT}, decimal otherwise.
     *
     * @param list the list
     * @return the table
     */
    public static Table of(PriorityList list) {
        List<Priority> items = list.items();
        List<Column> columns = new ArrayList<>();
        columns.add(Column.integers("Rank", items.stream().mapToInt(Priority::rank).toArray()));
        columns.add(Column.text("Issue", items.stream().map(Priority::issue)));
        columns.add(Column.integers("Likelihood", items.stream().mapToInt(Priority::likelihood).toArray()));
        columns.add(Column.integers("Impact", items.stream().mapToInt(Priority::impact).toArray()));
        if (list.method() == ScoringMethod.PRODUCT) {
            columns.add(Column.integers("Score", items.stream().mapToInt(p -> (int) p.score()).toArray()));
        } else {
            columns.add(Column.decimals("Score", items.stream().mapToDouble(Priority::score).toArray()));
        }
        columns.add(Column.text("Band", items.stream().map(p -> p.band().name())));
        for (String dimension : list.dimensions()) {
            columns.add(Column.integers(PriorityList.dimensionWords(dimension),
                    items.stream().mapToInt(p -> p.dimensions().get(dimension)).toArray()));
        }
        columns.add(Column.text("Explanation", items.stream().map(Priority::explanation)));
        return new Table("Priorities", columns);
    }

    /**
     * The sensitivity of each ranked issue, named {@code Sensitivity}: Rank, Issue, Score, Band,
     * Smallest change (the change in words, or {@code none} when no single score change moves the band).
     *
     * @param list the list
     * @return the table
     */
    public static Table sensitivity(PriorityList list) {
        List<Priority> items = list.items();
        return Table.of("Sensitivity",
                Column.integers("Rank", items.stream().mapToInt(Priority::rank).toArray()),
                Column.text("Issue", items.stream().map(Priority::issue)),
                Column.decimals("Score", items.stream().mapToDouble(Priority::score).toArray()),
                Column.text("Band", items.stream().map(p -> p.band().name())),
                Column.text("Smallest change", items.stream().map(p -> p.sensitivity().map(BandChange::text).orElse("none"))));
    }
}
