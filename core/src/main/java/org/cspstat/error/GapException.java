package org.cspstat.error;

import java.time.YearMonth;
import java.util.List;

/**
 * A period includes months without data (a gap in the files, or months beyond them), and the
 * caller did not allow gaps. A missing month is not a zero, so the comparison is refused; the
 * caller may allow gaps and get a warning instead.
 */
public class GapException extends CspstatException {
    private static final long serialVersionUID = 1L;

    /** @serial the months without data */
    private final List<YearMonth> months;

    /**
     * Creates the exception.
     *
     * @param where what was asked for (for example the two periods' labels)
     * @param months the months without data, in order
     * @param reason the sentence naming them, without any front end's options
     */
    public GapException(String where, List<YearMonth> months, String reason) {
        super(where + ": " + reason, null);
        this.months = List.copyOf(months);
    }

    /** @return the months without data, in order */
    public List<YearMonth> months() {
        return months;
    }
}
