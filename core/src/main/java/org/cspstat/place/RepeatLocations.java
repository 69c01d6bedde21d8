package org.cspstat.place;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cspstat.compare.CategoryGroups;
import org.cspstat.compare.Issue;
import org.cspstat.count.CountStore;
import org.cspstat.count.SnapPoint;
import org.cspstat.format.TableFormat;
import org.cspstat.io.AreaLookup;
import org.cspstat.period.Period;

/**
 * The locations with the most incidents of an issue in the current period, with their count a
 * period earlier, and the share of the issue's located incidents at the top ten. A location is a
 * police.uk snap point (or a mapped export's position with its address text). police.uk names many
 * points generically ("On or near Parking Area", "Supermarket", "Petrol Station"): such a name is
 * followed by the point's ward (with a lookup) or LSOA, so two car parks are told apart.
 *
 * @param issue the issue
 * @param current the current period
 * @param previous the previous period
 * @param located the issue's incidents with a location in the current period
 * @param rows the top locations, most incidents first
 * @param topTenShare the share of {@code located} at the ten busiest locations (0–1)
 */
public record RepeatLocations(String issue, Period current, Period previous, long located, List<Row> rows,
        double topTenShare) {
    /** The generic police.uk location names (after "On or near"), compared without regard to case. */
    public static final Set<String> GENERIC = Set.of("parking area", "supermarket", "petrol station", "shopping area",
            "sports/recreation area", "park/open space", "further/higher educational building", "nightclub",
            "police station", "hospital", "conference/exhibition centre", "theatre/concert hall", "pedestrian subway",
            "bus/coach station", "train station", "airport/airfield", "prison", "church", "cemetery");

    // copies the rows.
    public RepeatLocations {
        requireNonNull(issue, "issue must not be null");
        rows = List.copyOf(rows);
    }

    /**
     * One location.
     *
     * @param name the location, a generic name followed by its area
     * @param area the area (ward or LSOA name), empty when none
     * @param lon longitude
     * @param lat latitude
     * @param current incidents in the current period
     * @param previous incidents in the previous period
     */
    public record Row(String name, String area, double lon, double lat, long current, long previous) {
        /** @return {@code current - previous} */
        public long change() {
            return current - previous;
        }
    }

    /**
     * Ranks locations.
     *
     * @param store counts loaded with positions
     * @param issueName the issue, such as {@code All crime}
     * @param current the current period
     * @param previous the previous period
     * @param lookup LSOA to ward for naming generic points, or null for LSOA names
     * @param top how many locations to list, at least 1
     * @return the ranking
     * @throws IllegalStateException when the store has no positions
     */
    public static RepeatLocations of(CountStore store, String issueName, Period current, Period previous,
            AreaLookup lookup, int top) {
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1");
        }
        Issue issue = CategoryGroups.builtIn().resolve(store, List.of(issueName)).get(0);
        boolean[] member = new boolean[store.categories().size()];
        for (int c : issue.categories()) {
            member[c] = true;
        }
        Map<Integer, long[]> byPoint = new HashMap<>();
        store.forEachPointCount((category, month, point, count) -> {
            if (!member[category]) {
                return;
            }
            int slot = current.contains(month) ? 0 : previous.contains(month) ? 1 : -1;
            if (slot >= 0) {
                byPoint.computeIfAbsent(point, k -> new long[2])[slot] += count;
            }
        });
        List<Map.Entry<Integer, long[]>> ranked = new ArrayList<>(byPoint.entrySet());
        ranked.removeIf(e -> e.getValue()[0] == 0);
        List<SnapPoint> points = store.points();
        ranked.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Long.compare(b.getValue()[0], a.getValue()[0])
                : Long.compare(b.getValue()[1], a.getValue()[1]) != 0 ? Long.compare(b.getValue()[1], a.getValue()[1])
                : points.get(a.getKey()).location().compareTo(points.get(b.getKey()).location()));
        long located = 0;
        for (Map.Entry<Integer, long[]> e : ranked) {
            located += e.getValue()[0];
        }
        long topTen = 0;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            long[] c = ranked.get(i).getValue();
            if (i < 10) {
                topTen += c[0];
            }
            if (i < top) {
                SnapPoint p = points.get(ranked.get(i).getKey());
                String area = area(store, p, lookup);
                rows.add(new Row(name(p.location(), area), area, p.lon(), p.lat(), c[0], c[1]));
            }
        }
        return new RepeatLocations(issue.name(), current, previous, located, rows,
                located == 0 ? Double.NaN : (double) topTen / located);
    }

    private static String area(CountStore store, SnapPoint p, AreaLookup lookup) {
        if (p.area() < 0 || p.area() >= store.areas().size()) {
            return "";
        }
        var a = store.areas().get(p.area());
        if (lookup != null) {
            return lookup.ward(a.code()).map(w -> w.name()).orElse(a.name());
        }
        return a.name();
    }

    /**
     * @param location a location text such as {@code On or near Parking Area}
     * @param area its area name
     * @return the location, with the area when the name is generic
     */
    public static String name(String location, String area) {
        String bare = location.replaceFirst("(?i)^on or near\\s+", "").strip();
        if (GENERIC.contains(bare.toLowerCase(Locale.ROOT)) && !area.isEmpty()) {
            return location.strip() + ", " + area;
        }
        return location.strip();
    }

    /** @return CSV column names */
    public static List<String> columnNames() {
        return List.of("rank", "location", "area", "longitude", "latitude", "current", "previous", "change");
    }

    /** @return CSV cells */
    public List<List<String>> cells() {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            out.add(List.of(Integer.toString(i + 1), r.name(), r.area(), TableFormat.plainNumber(r.lon()),
                    TableFormat.plainNumber(r.lat()), Long.toString(r.current()), Long.toString(r.previous()),
                    Long.toString(r.change())));
        }
        return out;
    }

    /** @return display column names */
    public List<String> displayNames() {
        return List.of("Rank", "Location", current.monthsLabel(), previous.monthsLabel(), "Change");
    }

    /** @return display cells */
    public List<List<String>> displayCells() {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            out.add(List.of(Integer.toString(i + 1), r.name(), String.format(Locale.ROOT, "%,d", r.current()),
                    String.format(Locale.ROOT, "%,d", r.previous()), String.format(Locale.ROOT, "%+,d", r.change())));
        }
        return out;
    }

    /** @return one sentence on the concentration at the top ten */
    public String summary() {
        return String.format(Locale.ROOT, "%.1f%% of %s with a location (%,d) in %s happened at the 10 busiest "
                + "locations.", 100 * topTenShare, issue, located, current.label());
    }
}
