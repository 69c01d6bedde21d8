package org.cspstat.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an LSOA's name says about where it is. ONS names every LSOA after its local authority
 * district and a number, {@code <district> NNNX} (such as {@code Stevenage 008D} or
 * {@code St Albans 012A}), and police.uk copies those names into every street-level row, so the
 * districts in a force file are known without a lookup.
 */
public final class LsoaNames {
    private static final Pattern NAME = Pattern.compile("(.+?) (\\d{3}[A-Za-z]?)");

    private LsoaNames() {
    }

    /**
     * @param lsoaName an LSOA name, such as {@code Stevenage 008D}
     * @return the district, such as {@code Stevenage}; empty when the name is not of the form
     *     {@code <district> NNNX} (blank, or an export's own area names)
     */
    public static Optional<String> district(String lsoaName) {
        if (lsoaName == null) {
            return Optional.empty();
        }
        Matcher m = NAME.matcher(lsoaName.strip());
        return m.matches() && !m.group(1).isBlank() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
