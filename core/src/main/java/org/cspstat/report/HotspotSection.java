package org.cspstat.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cspstat.hotspot.Concentration;
import org.cspstat.hotspot.HotspotCell;
import org.cspstat.hotspot.HotspotReport;
import org.cspstat.hotspot.HotspotResult;
import org.cspstat.format.Column;
import org.cspstat.format.Table;
import org.cspstat.compare.ComparisonRow;

/** Hotspots: the Gi* grid map, how concentrated incidents are, and the hot cells. */
final class HotspotSection {
    static final String MAP = "hotspot-map";
    static final String LORENZ = "concentration";

    private HotspotSection() {
    }

    static ReportSection of(HotspotReport r, String source, String level) {
        return of(r, source, level, r.total());
    }

    /**
     * @param areaTotal the whole area's count of the issue in the current period: shares of
     *     named places (which need not cover the area) are shares of it
     */
    static ReportSection of(HotspotReport r, String source, String level, long areaTotal) {
        return of(r, source, level, areaTotal, Naming.NONE);
    }

    /**
     * How hot cells are named and which named areas the map draws: a named place (from
     * {@code --places}) containing the cell's centre, else the named area (ward) containing it,
     * else the ward of the cell's commonest LSOA through the lookup, else its commonest location
     * unless that is a generic snap-point type ("Parking Area"), else its LSOA.
     *
     * @param areas named areas drawn under the map, or null
     * @param places named places, or null
     * @param lookup LSOA to ward, or null
     */
    record Naming(org.cspstat.geo.PolygonIndex areas, org.cspstat.geo.NamedPlaces places,
            org.cspstat.io.AreaLookup lookup) {
        static final Naming NONE = new Naming(null, null, null);

        /** @return true when cells are named after places or areas rather than locations */
        boolean byArea() {
            return areas != null || places != null || lookup != null;
        }

        /** @return the name of the place or area the cell lies in, or empty */
        String where(HotspotCell c) {
            if (places != null) {
                List<String> in = places.containing(c.centroidLon(), c.centroidLat(), null);
                if (!in.isEmpty()) {
                    return in.get(0);
                }
            }
            if (areas != null) {
                var in = areas.first(c.centroidLon(), c.centroidLat());
                if (in.isPresent()) {
                    return in.get().name();
                }
            }
            if (lookup != null && c.lsoa() != null) {
                var ward = lookup.ward(c.lsoa());
                if (ward.isPresent()) {
                    return ward.get().name();
                }
            }
            return "";
        }

        /** @return the cell's name for the map: {@link #where}, else its location unless generic, else its LSOA */
        String name(HotspotCell c) {
            String where = where(c);
            if (!where.isEmpty()) {
                return where;
            }
            String location = c.location() == null ? "" : c.location().replaceFirst("(?i)^on or near\\s+", "").strip();
            if (!location.isEmpty() && !org.cspstat.place.RepeatLocations.GENERIC.contains(location.toLowerCase(Locale.ROOT))) {
                return location;
            }
            return c.lsoa() == null ? "" : c.lsoa();
        }

        /** @return the named areas as the map draws them: outline and label point, those near the cells */
        List<HotspotMapData.MapArea> mapAreas(List<HotspotCell> cells) {
            if (areas == null || cells.isEmpty()) {
                return List.of();
            }
            double minX = cells.stream().mapToDouble(HotspotCell::easting).min().orElseThrow() - 1_000;
            double maxX = cells.stream().mapToDouble(HotspotCell::easting).max().orElseThrow() + 1_000;
            double minY = cells.stream().mapToDouble(HotspotCell::northing).min().orElseThrow() - 1_000;
            double maxY = cells.stream().mapToDouble(HotspotCell::northing).max().orElseThrow() + 1_000;
            List<HotspotMapData.MapArea> out = new ArrayList<>();
            for (org.cspstat.geo.Region region : areas.regions()) {
                org.cspstat.geo.Boundary b = org.cspstat.geo.Boundary.ofLonLat(region.name(), List.of(region.geometry()));
                var extent = b.extent();
                if (extent.get(1).easting() < minX || extent.get(0).easting() > maxX
                        || extent.get(1).northing() < minY || extent.get(0).northing() > maxY) {
                    continue;
                }
                out.add(new HotspotMapData.MapArea(region.name(), b.rings(), b.labelPoint()));
            }
            return out;
        }
    }

    static ReportSection of(HotspotReport r, String source, String level, long areaTotal, Naming naming) {
        Concentration c = r.concentration();
        HotspotResult map = r.map();
        long hot = map.cells().stream().filter(HotspotCell::hot).count();
        long cold = map.cells().stream().filter(HotspotCell::cold).count();
        List<String> points = new ArrayList<>();
        points.add(String.format(Locale.ROOT, "%d hot and %d cold %.0f m cells of %,d in the study area (Getis–Ord Gi*, "
                + "%,d conditional permutations, Benjamini–Hochberg adjusted p < 0.05) for %s in %s.", hot, cold,
                map.grid().cellSize(), map.cells().size(), map.permutations(), r.issue(), r.current().label()));
        points.add("Study area: " + map.areaRule() + (map.outsideArea() > 0 ? String.format(Locale.ROOT,
                "; %,d incidents in cells outside it are left off the map", map.outsideArea()) : "") + ".");
        if (Double.isFinite(c.gini())) {
            points.add(String.format(Locale.ROOT, "Concentration over %d %ss: the top 5%% (%d) hold %.1f%% of "
                    + "incidents, the top 10%% (%d) hold %.1f%%; Gini %.2f.", c.areas(), level, c.top5Areas(),
                    100 * c.top5Share(), c.top10Areas(), 100 * c.top10Share(), c.gini()));
        }
        if (!r.note().isEmpty()) {
            points.add("Note: " + r.note() + ".");
        }
        points.add(String.format(Locale.ROOT, "%,d incidents without coordinates are left off the map.",
                r.withoutLocation()));
        List<ChartData> charts = new ArrayList<>();
        charts.add(map(r, source, naming));
        if (c.lorenz().size() >= 2) {
            charts.add(lorenz(r, level, source));
        }
        var cells = org.cspstat.table.Tables.hotCells(r);
        Table cellData = cellData(r);
        if (naming.byArea()) {
            // the hot cells named after the ward or place they lie in, as on the map
            List<HotspotCell> listed = r.hotCells();
            cells = cells.withColumn(1, Column.text("Where", listed.stream().map(naming::where)));
            // last in the plain values, so the columns before keep their places for those who read them
            cellData = cellData.withColumn(cellData.columnCount(), Column.text("where", listed.stream().map(naming::where)));
        }
        var topData = topData(r, AreaSection.TOP, areaTotal);
        var top = topDisplay(r, topData);
        return new ReportSection("hotspots", "Hotspots", List.of("A hot spot is a grid cell whose neighbours (the "
                + "eight cells around it, with the cell's own count kept as it is) hold more incidents than almost all "
                + "random rearrangements of the study area's cell counts give them: a cluster of busy cells, after "
                + "allowing for testing every cell. It says where incidents cluster, not why, and a single busy cell "
                + "with quiet neighbours is not one. The concentration curve shows how unevenly incidents fall across "
                + "areas."),
                points, charts, List.of(new ReportTable("hot-cells", "Hot and emerging cells", cells, cellData),
                        new ReportTable("largest-increases", r.issue() + ": largest increases by " + level, top,
                                topData)));
    }

    /**
     * The hot and emerging cells as plain values for CSV and spreadsheets, in the order of
     * {@link org.cspstat.table.Tables#hotCells(HotspotReport)}, with each cell centre's position as WGS84 latitude and
     * longitude and as British National Grid easting and northing (EPSG:27700), for QGIS.
     */
    static Table cellData(HotspotReport r) {
        List<HotspotCell> hot = r.hotCells();
        return Table.of("hot cells",
                Column.integers("row", hot.stream().mapToInt(HotspotCell::row).toArray()),
                Column.integers("col", hot.stream().mapToInt(HotspotCell::col).toArray()),
                Column.integers("count", hot.stream().mapToLong(HotspotCell::count).toArray()),
                Column.decimals("z", hot.stream().mapToDouble(HotspotCell::z).toArray()),
                Column.decimals("pAdjusted", hot.stream().mapToDouble(HotspotCell::pAdjusted).toArray()),
                Column.text("hot", hot.stream().map(c -> c.hot() ? "hot" : "not significant")),
                Column.text("emerging", hot.stream().map(c -> c.emerging() == null ? "" : c.emerging().toString())),
                Column.text("location", hot.stream().map(c -> c.location() == null ? "" : c.location())),
                Column.text("lsoa", hot.stream().map(c -> c.lsoa() == null ? "" : c.lsoa())),
                Column.decimals("lat", hot.stream().mapToDouble(HotspotCell::centroidLat).toArray()),
                Column.decimals("lon", hot.stream().mapToDouble(HotspotCell::centroidLon).toArray()),
                Column.decimals("easting", hot.stream().mapToDouble(HotspotCell::easting).toArray()),
                Column.decimals("northing", hot.stream().mapToDouble(HotspotCell::northing).toArray()),
                Column.decimals("cellSize", hot.stream().mapToDouble(c -> r.map().grid().cellSize()).toArray()));
    }

    /** The largest increases as plain values: counts, change, percent change, share of the area's total (0 to 1). */
    static Table topData(HotspotReport r, int n, long areaTotal) {
        List<ComparisonRow> rows = r.top(n, true);
        long total = Math.max(areaTotal, 1);
        return Table.of("largest increases",
                Column.text("area", rows.stream().map(ComparisonRow::area)),
                Column.text("areaCode", rows.stream().map(x -> x.areaCode() == null ? "" : x.areaCode())),
                Column.integers("current", rows.stream().mapToLong(ComparisonRow::current).toArray()),
                Column.integers("previous", rows.stream().mapToLong(ComparisonRow::previous).toArray()),
                Column.integers("change", rows.stream().mapToLong(x -> x.change().change()).toArray()),
                Column.decimals("percentChange", rows.stream().mapToDouble(x -> x.previous() == 0 ? Double.NaN
                        : x.percentChange()).toArray()),
                Column.decimals("share", rows.stream().mapToDouble(x -> (double) x.current() / total).toArray()),
                Column.text("verdict", rows.stream().map(x -> x.verdict().words())));
    }

    /** The largest increases for people, from their plain values. */
    static Table topDisplay(HotspotReport r, Table data) {
        List<ComparisonRow> rows = r.top(data.rowCount(), true);
        return Table.of("largest increases",
                Column.text("Area", rows.stream().map(ComparisonRow::area)),
                Column.text(r.ranking().currentHeading(), rows.stream()
                        .map(x -> String.format(Locale.ROOT, "%,d", x.current()))),
                Column.text(r.ranking().previousHeading(), rows.stream()
                        .map(x -> String.format(Locale.ROOT, "%,d", x.previous()))),
                Column.text("Change", rows.stream().map(x -> String.format(Locale.ROOT, "%+,d", x.change().change()))),
                Column.text("% change", rows.stream().map(x -> ChangeSection.small(x) ? ""
                        : org.cspstat.compare.ComparisonResult.percent(x))),
                Column.text("Share of area", data.column("share").values().stream()
                        .map(v -> String.format(Locale.ROOT, "%.1f%%", 100 * (Double) v))),
                Column.text("Verdict", rows.stream().map(x -> x.verdict().words())));
    }

    /** How many hot cells are named on the map, hottest first. */
    static final int NAMED = 3;

    /**
     * Names hot cells by their commonest location, at most {@value #NAMED}, the cells with most
     * incidents first (a cluster is named where its incidents are, not by a quiet cell at the
     * edge with a higher z), each a new name and at least three cells from any cell already
     * named, so labels do not collide.
     */
    static Map<HotspotCell, String> names(List<HotspotCell> cells) {
        return names(cells, Naming.NONE);
    }

    /** As {@link #names(List)}, each cell named by {@link Naming#name}. */
    static Map<HotspotCell, String> names(List<HotspotCell> cells, Naming naming) {
        Map<HotspotCell, String> out = new LinkedHashMap<>();
        cells.stream().filter(HotspotCell::hot)
                .sorted(Comparator.comparingLong(HotspotCell::count).thenComparingDouble(HotspotCell::z).reversed())
                .forEach(c -> {
                    String name = naming.name(c);
                    boolean near = out.keySet().stream().anyMatch(o -> Math.abs(o.row() - c.row()) < 3
                            && Math.abs(o.col() - c.col()) < 3);
                    if (out.size() < NAMED && !near && !out.containsValue(name) && !name.isEmpty()) {
                        out.put(c, name);
                    }
                });
        return out;
    }

    private static HotspotMapData map(HotspotReport r, String source, Naming naming) {
        List<HotspotMapData.MapCell> cells = new ArrayList<>();
        Map<HotspotCell, String> names = names(r.map().cells(), naming);
        for (HotspotCell c : r.map().cells()) {
            if (c.count() > 0 || c.hot() || c.cold()) {
                cells.add(new HotspotMapData.MapCell(c.easting(), c.northing(),
                        c.hot() ? Tone.INCREASE : c.cold() ? Tone.DECREASE : Tone.NEUTRAL, names.getOrDefault(c, ""),
                        rising(c.emerging())));
            }
        }
        List<org.cspstat.period.Period> run = r.emergingPeriods();
        String emerging = run.isEmpty() ? "" : "new, emerging or intensifying (" + run.size() + " "
                + (run.get(0).months().size() == 3 ? "quarters" : "months") + ")";
        boolean anyRising = cells.stream().anyMatch(HotspotMapData.MapCell::emerging);
        return new HotspotMapData(MAP, r.issue() + " hot spots, " + r.current().monthsLabel(), r.map().grid().cellSize(),
                cells, emerging, r.map().boundary(), naming.mapAreas(r.map().cells()), source, "Map of " + r.issue() + " in " + r.current().label() + " on a grid of "
                        + String.format(Locale.ROOT, "%.0f", r.map().grid().cellSize())
                        + " m cells, hot and cold spots coloured" + (anyRising
                        ? "; new, emerging and intensifying hot spots marked with a triangle." : "."));
    }

    /** @return true for the classes that say a hot spot is growing: new, emerging, intensifying */
    static boolean rising(org.cspstat.hotspot.EmergingClass c) {
        return c == org.cspstat.hotspot.EmergingClass.NEW || c == org.cspstat.hotspot.EmergingClass.EMERGING
                || c == org.cspstat.hotspot.EmergingClass.INTENSIFYING;
    }

    private static LorenzChartData lorenz(HotspotReport r, String level, String source) {
        Concentration c = r.concentration();
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        if (c.lorenz().get(0).areaShare() > 0) {
            x.add(0.0);
            y.add(0.0);
        }
        c.lorenz().forEach(p -> {
            x.add(p.areaShare());
            y.add(p.incidentShare());
        });
        return new LorenzChartData(LORENZ, "Concentration of " + r.issue() + " across " + level + "s, "
                + r.current().monthsLabel(), x, y, String.format(Locale.ROOT, "Gini %.2f", c.gini()), source,
                "Lorenz curve: the share of " + r.issue() + " in " + r.current().label()
                        + " against the share of " + level + "s, fewest first.");
    }
}
