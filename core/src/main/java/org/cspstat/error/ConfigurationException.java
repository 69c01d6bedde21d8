package org.cspstat.error;

import java.util.Objects;

/**
 * The request is well formed but the settings or the data as loaded cannot serve it: grouping by
 * ward without an LSOA-to-ward lookup, hotspots from data loaded without positions, a risk matrix
 * whose settings contradict each other. {@link #setting()} names the missing or wrong setting in
 * the library's words (for example {@code lookup}), so a front end can name its own option.
 */
public class ConfigurationException extends CspstatException {
    private static final long serialVersionUID = 1L;

    /** The setting the lookup file gives: an LSOA to ward and district table. */
    public static final String LOOKUP = "lookup";
    /** The setting that loads point positions (hotspots, named places). */
    public static final String POSITIONS = "positions";
    /** The setting that keeps areas when loading. */
    public static final String AREAS = "areas";
    /** The settings of the risk matrix. */
    public static final String RISK = "risk";
    /** The period analysed: the data do not cover it. */
    public static final String PERIOD = "period";
    /** The baseline months of a control chart: they hold too few observed months. */
    public static final String BASELINE = "baseline";

    /** @serial the setting at fault, in the library's words */
    private final String setting;

    /**
     * Creates the exception.
     *
     * @param setting the setting at fault, in the library's words (for example {@link #LOOKUP})
     * @param message what is missing or wrong, without naming any front end's options
     */
    public ConfigurationException(String setting, String message) {
        super(message, null);
        this.setting = Objects.requireNonNull(setting, "setting must not be null");
    }

    /** @return the setting at fault, in the library's words */
    public String setting() {
        return setting;
    }
}
