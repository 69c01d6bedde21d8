package org.cspstat.compare;

import static java.util.Objects.requireNonNull;

/**
 * Something a partnership reports on: one category, a built-in group or its own group, with the
 * ids of the store's categories it sums.
 *
 * @param name the name shown in tables, such as {@code All crime} or {@code Burglary}
 * @param kind what sort of issue it is
 * @param categories the category ids summed, possibly none (a category absent from the data)
 */
public record Issue(String name, Kind kind, int[] categories) {
    // validates the components
    public Issue {
        requireNonNull(name, "name must not be null");
        requireNonNull(kind, "kind must not be null");
        categories = categories.clone();
    }

    /** @return a copy of the category ids */
    @Override
    public int[] categories() {
        return categories.clone();
    }

    /** What sort of issue it is, which orders the rows of a table. */
    public enum Kind {
        /** {@code All crime} or {@code All ASB}. */
        BUILT_IN_GROUP,
        /** A group from the partnership's groups file. */
        USER_GROUP,
        /** One category of the data. */
        CATEGORY
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Issue i && i.name.equals(name) && i.kind == kind
                && java.util.Arrays.equals(i.categories, categories);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + java.util.Arrays.hashCode(categories);
    }

    @Override
    public String toString() {
        return name;
    }
}
