package org.cspstat.cli;

import java.util.Locale;
import java.util.Set;

/** Checks a --format value against the forms a command accepts. */
final class Formats {
    private Formats() {
    }

    static String check(String format, String... accepted) {
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (!Set.of(accepted).contains(f)) {
            throw new IllegalArgumentException("unknown format '" + format + "': expected "
                    + String.join(", ", accepted));
        }
        return f;
    }
}
