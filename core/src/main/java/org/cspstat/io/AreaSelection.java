package org.cspstat.io;

import org.cspstat.io.internal.ConfigFiles;
import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses the rows of a Community Safety Partnership's area by their area (LSOA) code and name.
 * A force file holds rows mapped outside the force, so a CSP is selected by its LSOAs, not by force.
 */
public interface AreaSelection {
    /**
     * @param code the row's area code (empty when the row has no location)
     * @param name the row's area name (empty when the row has no location)
     * @return true when the row is in the selected area
     */
    boolean contains(String code, String name);

    /** @return a short description for reports, such as {@code LSOA names 'Stevenage NNNX'} */
    String describe();

    /** @return true when this selection keeps every row */
    default boolean isAll() {
        return false;
    }

    /** @return a selection that keeps every row, including rows without a location */
    static AreaSelection all() {
        return new AreaSelection() {
            @Override
            public boolean contains(String code, String name) {
                return true;
            }

            @Override
            public String describe() {
                return "all areas (no area selected)";
            }

            @Override
            public boolean isAll() {
                return true;
            }
        };
    }

    /**
     * Keeps rows whose area name is the prefix, a space and an LSOA number such as {@code 008D},
     * without regard to case: {@code namePrefix("Stevenage")} keeps {@code Stevenage 008D} but not
     * {@code Stevenage Borough 001A} or {@code North Stevenage 001A}.
     *
     * @param prefix the district name, such as {@code Stevenage}
     * @return the selection
     */
    static AreaSelection namePrefix(String prefix) {
        requireNonNull(prefix, "prefix must not be null");
        if (prefix.isBlank()) {
            throw new IllegalArgumentException("the area prefix must not be blank");
        }
        Pattern pattern = Pattern.compile(Pattern.quote(prefix.strip()) + " \\d{3}[A-Za-z]?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new AreaSelection() {
            @Override
            public boolean contains(String code, String name) {
                return name.length() > prefix.length() && pattern.matcher(name.strip()).matches();
            }

            @Override
            public String describe() {
                return "LSOA names '" + prefix.strip() + " NNNX'";
            }
        };
    }

    /**
     * Keeps rows whose LSOA code is in the first column of a file (a header, quotes and other
     * columns are ignored): a list of the partnership's LSOAs as an analyst exports it.
     *
     * @param file the file
     * @return the selection
     * @throws org.cspstat.error.DataException when the file cannot be read or names no LSOA code
     */
    static AreaSelection codesFile(java.nio.file.Path file) {
        Set<String> found = new java.util.HashSet<>();
        for (String line : ConfigFiles.readText(file, ConfigFiles.LARGE, "list of LSOA codes").lines().toList()) {
            String code = line.split(",", -1)[0].replace("\uFEFF", "").replace("\"", "").strip();
            if (code.matches("(?i)[EWSN]\\d{8}")) {
                found.add(code);
            }
        }
        if (found.isEmpty()) {
            throw org.cspstat.error.DataException.of(file.toString(), "no LSOA codes (like E01023691) in the first column");
        }
        return codes(found);
    }

    /**
     * Keeps rows whose area code is in a list, without regard to case.
     *
     * @param codes the area codes, such as {@code E01023691}
     * @return the selection
     */
    static AreaSelection codes(Set<String> codes) {
        Set<String> upper = codes.stream().map(c -> c.strip().toUpperCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        return new AreaSelection() {
            @Override
            public boolean contains(String code, String name) {
                return upper.contains(code.toUpperCase(Locale.ROOT));
            }

            @Override
            public String describe() {
                return upper.size() + " listed area codes";
            }
        };
    }
}
