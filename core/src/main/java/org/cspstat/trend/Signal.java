package org.cspstat.trend;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.Locale;

/**
 * A month a control chart flags as unusual, and the rule that flagged it.
 *
 * @param month the month flagged
 * @param rule the rule that flagged it
 */
public record Signal(YearMonth month, Rule rule) {

    /**
     * Validates the signal.
     *
     * @param month the month flagged
     * @param rule the rule that flagged it
     * @throws NullPointerException if an argument is null
     */
    public Signal {
        requireNonNull(month, "month must not be null");
        requireNonNull(rule, "rule must not be null");
    }

    /**
     * The signal rules. A point exactly on a limit is not beyond it. A run is counted over
     * consecutive observed months strictly on one side of the centre line; a gap month or a
     * month exactly on the centre line ends it. A run signal names the month in which the run
     * reaches eight, and again each further month while the run lasts, so a run of ten months
     * gives three signals.
     */
    public enum Rule {
        /** A count above the upper limit. */
        BEYOND_UPPER_LIMIT,
        /** A count below the lower limit. */
        BEYOND_LOWER_LIMIT,
        /** The eighth or later month of a run above the centre line. */
        RUN_OF_EIGHT_ABOVE,
        /** The eighth or later month of a run below the centre line. */
        RUN_OF_EIGHT_BELOW;

        /**
         * The name used in JSON and tables: the constant's words in lower case, for example
         * {@code "beyond upper limit"} or {@code "run of eight below"}.
         *
         * @return the rule's label
         */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }
}
