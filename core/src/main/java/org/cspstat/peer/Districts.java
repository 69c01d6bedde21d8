package org.cspstat.peer;

import org.cspstat.error.UsageException;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cspstat.count.CountStore;
import org.cspstat.model.Area;
import org.cspstat.model.CategoryKind;
import org.cspstat.model.LsoaNames;

/**
 * The districts in loaded data, known from LSOA names ({@code <district> NNNX},
 * {@link LsoaNames}) without a lookup: their LSOAs and rows. Rows whose area name is not of that
 * form, and rows without a location, belong to no district and are counted apart.
 *
 * <pre>{@code
 * Districts d = Districts.of(dataset.counts());
 * d.all().forEach(x -> System.out.println(x.name() + " " + x.lsoas() + " " + x.rows()));
 * }</pre>
 */
public final class Districts {
    /**
     * A district is covered by the data when it has at least this many rows per LSOA per month with
     * data. A force's file also holds the few rows it recorded just beyond its boundary, in
     * neighbouring districts' LSOAs (Hertfordshire's 13 months: 173 such districts, 0.3 rows per LSOA
     * a month at most, against 8.5 to 16.7 in its own ten districts); those are listed apart.
     */
    public static final double MIN_ROWS_PER_LSOA_MONTH = 1.0;

    private final List<District> all;
    private final List<District> partial;
    private final long rowsWithoutDistrict;
    private final int[] districtOfArea;

    private Districts(List<District> all, List<District> partial, long rowsWithoutDistrict, int[] districtOfArea) {
        this.all = List.copyOf(all);
        this.partial = List.copyOf(partial);
        this.rowsWithoutDistrict = rowsWithoutDistrict;
        this.districtOfArea = districtOfArea;
    }

    /**
     * Finds the districts of a store.
     *
     * @param store counts loaded with areas
     * @return the districts, in alphabetical order
     * @throws IllegalStateException when the store was loaded without areas
     */
    public static Districts of(CountStore store) {
        store.requireAreas();
        List<Area> areas = store.areas();
        Map<String, List<Integer>> members = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String> spelling = new LinkedHashMap<>();
        for (int i = 0; i < areas.size(); i++) {
            Optional<String> d = LsoaNames.district(areas.get(i).name());
            if (d.isPresent()) {
                String key = d.get();
                spelling.putIfAbsent(key.toLowerCase(Locale.ROOT), key);
                members.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        int[] districtOfArea = new int[areas.size()];
        java.util.Arrays.fill(districtOfArea, -1);
        int index = 0;
        for (List<Integer> ids : members.values()) {
            for (int id : ids) {
                districtOfArea[id] = index;
            }
            index++;
        }
        long[] rows = new long[members.size()];
        long[] outside = new long[1];
        boolean[] counted = new boolean[store.categories().size()];
        for (int c = 0; c < counted.length; c++) {
            counted[c] = store.categories().get(c).kind() != CategoryKind.FLAG;
        }
        store.forEachCount((category, month, area, count) -> {
            if (!counted[category]) {
                return;
            }
            if (area >= 0 && districtOfArea[area] >= 0) {
                rows[districtOfArea[area]] += count;
            } else {
                outside[0] += count;
            }
        });
        List<District> out = new ArrayList<>();
        List<District> partial = new ArrayList<>();
        int months = Math.max(1, store.months().size());
        int i = 0;
        for (Map.Entry<String, List<Integer>> e : members.entrySet()) {
            int[] ids = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            List<String> codes = e.getValue().stream().map(a -> areas.get(a).code()).toList();
            District d = new District(spelling.get(e.getKey().toLowerCase(Locale.ROOT)), ids, codes, rows[i]);
            boolean covered = rows[i] >= MIN_ROWS_PER_LSOA_MONTH * ids.length * months;
            (covered ? out : partial).add(d);
            if (!covered) {
                for (int id : ids) {
                    districtOfArea[id] = -1;
                }
            }
            i++;
        }
        // renumber the covered districts' areas to their index in the covered list
        for (int k = 0; k < out.size(); k++) {
            for (int id : out.get(k).areaIds()) {
                districtOfArea[id] = k;
            }
        }
        return new Districts(out, partial, outside[0], districtOfArea);
    }

    /**
     * @return districts with only a few rows in the data (fewer than
     *     {@link #MIN_ROWS_PER_LSOA_MONTH} per LSOA a month): a neighbouring force's area, not covered
     */
    public List<District> partial() {
        return partial;
    }

    /** @return every district the data cover, in alphabetical order */
    public List<District> all() {
        return all;
    }

    /**
     * @param name a district's name, in any case
     * @return the district
     */
    public Optional<District> find(String name) {
        requireNonNull(name, "name must not be null");
        return all.stream().filter(d -> d.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /**
     * Picks districts by name, failing on any name the data do not have.
     *
     * @param names district names, in any case; empty for all
     * @return the districts, in the order named
     * @throws UsageException naming an unknown district and those there are
     */
    public List<District> pick(List<String> names) {
        if (names.isEmpty()) {
            return all;
        }
        List<District> out = new ArrayList<>();
        for (String n : names) {
            if (find(n).isEmpty() && partial.stream().anyMatch(p -> p.name().equalsIgnoreCase(n.strip()))) {
                throw new UsageException("district '" + n + "' has only a few rows in the data (a "
                        + "neighbouring force's area): the data cover " + String.join(", ",
                        all.stream().map(District::name).toList()));
            }
            District d = find(n).orElseThrow(() -> new UsageException("no district '" + n
                    + "' in the data (LSOA names '" + n + " NNNX'): the data have " + String.join(", ",
                    all.stream().map(District::name).toList())));
            if (!out.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * @param areaId a store area id
     * @return the index in {@link #all()} of the area's district, or -1 for none
     */
    public int districtOf(int areaId) {
        return areaId >= 0 && areaId < districtOfArea.length ? districtOfArea[areaId] : -1;
    }

    /**
     * @return rows in no covered district: without a location, or in an area whose name names no
     *     district (rows in {@link #partial()} districts are not included)
     */
    public long rowsWithoutDistrict() {
        return rowsWithoutDistrict;
    }
}
