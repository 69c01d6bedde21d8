package org.cspstat.model;

import static java.util.Objects.requireNonNull;

/**
 * A category of incident, such as {@code Burglary} or {@code Anti-social behaviour}.
 *
 * @param name the canonical name, as police.uk spells it for police.uk types
 * @param kind whether it is a crime, ASB or a flag-derived category
 */
public record Category(String name, CategoryKind kind) {
    // validates the components. 
    public Category {
        requireNonNull(name, "name must not be null");
        requireNonNull(kind, "kind must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("category name must not be blank");
        }
    }
}
