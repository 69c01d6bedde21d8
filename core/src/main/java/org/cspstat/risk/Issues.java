package org.cspstat.risk;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The issue names a risk matrix may use without further declaration: the 14 police.uk
 * categories, the groups "All crime" and "All ASB", and the usual flag categories
 * ({@link #FLAG_CATEGORIES}). Any other issue (a user group such as
 * "Violent crime", a flag-derived category such as "Domestic abuse") must be declared by the
 * caller, so that a misspelt name fails instead of silently scoring nothing.
 */
public final class Issues {

    /** The 14 police.uk crime types, in alphabetical order, spelt as in the exports. */
    public static final List<String> POLICE_UK_CATEGORIES = org.cspstat.model.PoliceUkCategories.CURRENT;

    /** The group of every crime (all categories but anti-social behaviour). */
    public static final String ALL_CRIME = org.cspstat.compare.CategoryGroups.ALL_CRIME;

    /** The group of all anti-social behaviour. */
    public static final String ALL_ASB = org.cspstat.compare.CategoryGroups.ALL_ASB;

    /**
     * The usual flag categories (force or council systems flag them; police.uk has none):
     * a matrix may score them without declaring them, and they are scored when the data has them.
     */
    public static final List<String> FLAG_CATEGORIES = List.of("Domestic abuse", "Hate crime", "Knife crime");

    private Issues() {
    }

    /** @return the police.uk categories followed by "All crime", "All ASB" and the usual flag categories */
    public static Set<String> standard() {
        return with(List.of());
    }

    /**
     * @param groups further issue names the caller defines (user groups, flag-derived
     *     categories), never null
     * @return the standard issues followed by the given groups, in that order
     */
    public static Set<String> with(List<String> groups) {
        Set<String> all = new LinkedHashSet<>(POLICE_UK_CATEGORIES);
        all.add(ALL_CRIME);
        all.add(ALL_ASB);
        all.addAll(FLAG_CATEGORIES);
        all.addAll(groups);
        return Collections.unmodifiableSet(all);
    }
}
