package org.cspstat.model;

import static java.util.Objects.requireNonNull;

/**
 * A place incidents are counted in: an LSOA, a ward, or a named place.
 *
 * @param code the code, such as {@code E01023691}, or the name for places without a code
 * @param name the readable name, such as {@code Stevenage 008D}; may equal the code
 */
public record Area(String code, String name) {
    // validates the components. 
    public Area {
        requireNonNull(code, "code must not be null");
        requireNonNull(name, "name must not be null");
    }

    /** @return the name, or the code when there is no separate name */
    public String label() {
        return name.isEmpty() ? code : name;
    }
}
