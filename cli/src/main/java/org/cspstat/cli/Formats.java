package org.cspstat.cli;

import org.cspstat.error.UsageException;
import java.util.Locale;
import java.util.Set;

/** Checks an option's value against the forms a command accepts: formats, area levels, steps. */
final class Formats {
    private Formats() {
    }

    static String check(String format, String... accepted) {
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (!Set.of(accepted).contains(f)) {
            throw new UsageException("unknown format '" + format + "': expected "
                    + String.join(", ", accepted));
        }
        return f;
    }

    /**
     * Reads a choice named by an enum constant, in any case.
     *
     * @param option the option, for the message
     * @param text the value given
     * @param choices the enum's constants
     * @return the constant named
     * @throws UsageException naming the accepted values
     */
    static <E extends Enum<E>> E choice(String option, String text, E[] choices) {
        for (E e : choices) {
            if (e.name().equalsIgnoreCase(text.strip())) {
                return e;
            }
        }
        throw new UsageException("unknown " + option + " '" + text + "': expected " + String.join(", ",
                java.util.Arrays.stream(choices).map(e -> e.name().toLowerCase(Locale.ROOT)).toList()));
    }

    /** @return the area level named by --area-level, else ward when a lookup is given, else lsoa */
    static org.cspstat.compare.AreaLevel areaLevel(String text, org.cspstat.io.Dataset d) {
        return text != null ? choice("--area-level", text, org.cspstat.compare.AreaLevel.values())
                : d.areaLookup().isPresent() ? org.cspstat.compare.AreaLevel.WARD : org.cspstat.compare.AreaLevel.LSOA;
    }
}
