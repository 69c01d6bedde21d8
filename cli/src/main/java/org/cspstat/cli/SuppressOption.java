package org.cspstat.cli;

import org.cspstat.error.UsageException;

/** The one reading of {@code --suppress N} for every command that takes it (compare, locations, report, charts). */
final class SuppressOption {
    private SuppressOption() {
    }

    /**
     * @param given the option's value, null when not given
     * @return the threshold N (counts from 1 to N−1 are suppressed), 0 when not given
     * @throws UsageException when N is outside 2 to 1000
     */
    static int threshold(Integer given) {
        if (given == null) {
            return 0;
        }
        if (given < 2 || given > 1_000) {
            throw new UsageException("--suppress must be from 2 to 1000, not " + given);
        }
        return given;
    }
}
