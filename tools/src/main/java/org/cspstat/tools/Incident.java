package org.cspstat.tools;

import java.time.YearMonth;

/**
 * One generated police.uk row.
 *
 * @param crimeId  64 hex characters, or empty for ASB
 * @param month    the month
 * @param point    the snap point, or {@code null} for a "No Location" row
 * @param category the police.uk crime type
 * @param outcome  the last outcome category, or empty for ASB
 */
record Incident(String crimeId, YearMonth month, SnapPoint point, String category, String outcome) {

    /** The LSOA name used to order a file, with "No Location" rows last. */
    String sortKey() {
        return point == null ? "\uffff" : point.lsoa().name();
    }
}
