package org.cspstat.io;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.cspstat.model.PoliceUkCategories;

/**
 * Reads data.police.uk street-level CSVs (DOMAIN.md §1). Columns are found by header name, so
 * their order does not matter; {@code Month} and {@code Crime type} are required, the rest
 * optional. Crime types are matched without regard to case and legacy names are mapped (see
 * {@link PoliceUkCategories}). A row with empty Longitude and Latitude has no location: it
 * counts towards totals but no area. A repeated Crime ID is reported and, unless
 * de-duplication is asked for, still counted, as police.uk publishes it.
 */
final class PoliceUkReader extends CsvRowReader {
    /** How many distinct crime-type texts are remembered; police.uk has about twenty spellings. */
    static final int MAX_CACHED_TYPES = 1024;

    private final Map<String, Integer> categoryIds = new HashMap<>();
    private final Values values = new Values();
    // column indexes from the header (-1 when an optional column is absent); read by FastReader
    int id;
    int month;
    int type;
    int lon;
    int lat;
    int location;
    int lsoaCode;
    int lsoaName;

    PoliceUkReader(LoadOptions options) {
        super(options);
    }

    @Override
    protected Charset charset() {
        return StandardCharsets.UTF_8;
    }

    @Override
    protected String header(Map<String, Integer> columns, String file) {
        for (String required : new String[] {"Month", "Crime type"}) {
            String problem = require(columns, required);
            if (problem != null) {
                if (columns.containsKey("outcome type")) {
                    return problem + ": this looks like a police.uk outcomes file; read the -street.csv files";
                }
                return problem + " (is this a police.uk street-level file? other exports need a mapping file)";
            }
        }
        id = optional(columns, "Crime ID");
        month = columns.get("month");
        type = columns.get("crime type");
        lon = optional(columns, "Longitude");
        lat = optional(columns, "Latitude");
        location = optional(columns, "Location");
        lsoaCode = optional(columns, "LSOA code");
        lsoaName = optional(columns, "LSOA name");
        return null;
    }

    /** @return the category id of a crime type as written, or -1 when it is not a police.uk crime type */
    int category(String typeText, RowCounter counter) {
        Integer category = categoryIds.get(typeText);
        if (category == null) {
            category = PoliceUkCategories.canonical(typeText)
                    .map(name -> counter.builder().categoryId(PoliceUkCategories.category(name)))
                    .orElse(-1);
            if (categoryIds.size() < MAX_CACHED_TYPES) {
                // bounded: a hostile file with millions of distinct crime-type texts must not grow the cache
                categoryIds.put(typeText, category);
            }
        }
        return category;
    }

    @Override
    protected void row(CsvRecord r, String file, long line, RowCounter counter) {
        YearMonth m = values.yearMonth(r.getField(month), "Month");
        if (m == null) {
            counter.reject(file, line, values.kind(), values.reason());
            return;
        }
        counter.monthSeen(m);
        String typeText = r.getField(type);
        int category = category(typeText, counter);
        if (category < 0) {
            if (typeText.isBlank()) {
                counter.reject(file, line, "empty crime type", "column 'Crime type' is empty");
            } else {
                counter.reject(file, line, "unknown crime type",
                        "column 'Crime type': unknown crime type '" + Values.clip(typeText.strip()) + "'");
            }
            return;
        }
        double[] position = values.position(field(r, lon), field(r, lat), "Longitude", "Latitude");
        if (position == null) {
            counter.reject(file, line, values.kind(), values.reason());
            return;
        }
        counter.accept(file, line, field(r, id).strip(), m, new int[] {category}, position[0], position[1],
                field(r, location), field(r, lsoaCode).strip(), field(r, lsoaName).strip());
    }

    /** @return how many crime-type texts are remembered (for the test that the cache is bounded) */
    int cachedTypes() {
        return categoryIds.size();
    }
}
