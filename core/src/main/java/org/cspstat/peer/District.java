package org.cspstat.peer;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One local authority district found in the data, by its LSOAs' names.
 *
 * @param name the district, as LSOA names spell it, such as {@code Stevenage}
 * @param areaIds the store's area ids of its LSOAs, in store order
 * @param lsoaCodes the codes of its LSOAs, in the same order
 * @param rows the rows counted in its LSOAs (flag categories of other exports excluded, so each
 *     row once)
 */
public record District(String name, int[] areaIds, List<String> lsoaCodes, long rows) {
    // validates the components.
    public District {
        requireNonNull(name, "name must not be null");
        areaIds = areaIds.clone();
        lsoaCodes = List.copyOf(lsoaCodes);
        if (areaIds.length != lsoaCodes.size()) {
            throw new IllegalArgumentException("one code per area id");
        }
    }

    /** @return the number of its LSOAs that have at least one row in the data */
    public int lsoas() {
        return areaIds.length;
    }

    @Override
    public int[] areaIds() {
        return areaIds.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof District d && d.name.equals(name) && java.util.Arrays.equals(d.areaIds, areaIds)
                && d.rows == rows;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + java.util.Arrays.hashCode(areaIds);
    }

    @Override
    public String toString() {
        return name + " (" + lsoas() + " LSOAs, " + rows + " rows)";
    }
}
