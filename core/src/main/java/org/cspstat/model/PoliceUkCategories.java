package org.cspstat.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The crime types of the data.police.uk street-level files, with the legacy names of older
 * files mapped to their current equivalents.
 *
 * <p>Legacy names: {@code Violent crime} (used until April 2013) is now
 * {@code Violence and sexual offences}; {@code Public disorder and weapons} (until May 2013)
 * was split into {@code Public order} and {@code Possession of weapons}, and since a row cannot
 * be split it is counted as {@code Public order}, the larger of the two. Names are matched
 * without regard to case or surrounding spaces, so {@code BURGLARY} reads as {@code Burglary}.
 */
public final class PoliceUkCategories {
    /** The name police.uk gives anti-social behaviour. */
    public static final String ASB = "Anti-social behaviour";

    /** The 14 current police.uk crime types, in alphabetical order (ASB first, as police.uk lists it). */
    public static final List<String> CURRENT = List.of(
            ASB,
            "Bicycle theft",
            "Burglary",
            "Criminal damage and arson",
            "Drugs",
            "Other crime",
            "Other theft",
            "Possession of weapons",
            "Public order",
            "Robbery",
            "Shoplifting",
            "Theft from the person",
            "Vehicle crime",
            "Violence and sexual offences");

    /** Legacy names of older files and the current names they are counted as. */
    public static final Map<String, String> LEGACY = Map.of(
            "Violent crime", "Violence and sexual offences",
            "Public disorder and weapons", "Public order");

    private static final Map<String, String> BY_KEY = new LinkedHashMap<>();

    static {
        for (String name : CURRENT) {
            BY_KEY.put(key(name), name);
        }
        LEGACY.forEach((legacy, current) -> BY_KEY.put(key(legacy), current));
    }

    private PoliceUkCategories() {
    }

    /**
     * Returns the current police.uk name for a crime type as written in a file.
     *
     * @param text the {@code Crime type} value
     * @return the canonical current name, or empty when the text is no police.uk type
     */
    public static Optional<String> canonical(String text) {
        return Optional.ofNullable(BY_KEY.get(key(text)));
    }

    /**
     * @param canonicalName a canonical police.uk name
     * @return the category, of kind ASB for anti-social behaviour and CRIME otherwise
     */
    public static Category category(String canonicalName) {
        return new Category(canonicalName, ASB.equals(canonicalName) ? CategoryKind.ASB : CategoryKind.CRIME);
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
