package org.cspstat.tools;

import java.util.List;
import java.util.Locale;

/** Formats rows the way data.police.uk street-level files are written. */
final class PoliceUkCsv {

    static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
            + "LSOA code,LSOA name,Crime type,Last outcome category,Context";

    private PoliceUkCsv() {
    }

    /** One line, without its line feed. */
    static String line(Incident incident, String force) {
        SnapPoint p = incident.point();
        List<String> fields = List.of(incident.crimeId(), incident.month().toString(), force, force,
                p == null ? "" : coordinate(Northbrook.lon(p.x())),
                p == null ? "" : coordinate(Northbrook.lat(p.y())),
                p == null ? "No Location" : "On or near " + p.street(),
                p == null ? "" : p.lsoa().code(),
                p == null ? "" : p.lsoa().name(),
                incident.category(), incident.outcome(), "");
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(fields.get(i)));
        }
        return line.toString();
    }

    /** A coordinate with six decimals, as police.uk prints them. */
    static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.6f", degrees);
    }

    /** Quotes a field holding a comma, a double quote or an apostrophe, as police.uk does. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\'') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
