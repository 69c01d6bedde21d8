package org.cspstat.io;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.charset.Charset;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import org.cspstat.count.CountStore;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.cspstat.model.Category;
import org.cspstat.model.PoliceUkCategories;

/**
 * Reads any other incident export through an {@link ExportMapping}: the columns it names, its
 * date format and encoding, its recode table and flags. Rows then go through the same area
 * selection, de-duplication and accounting as police.uk rows. When the date format carries a time
 * of day ({@link ExportMapping#hasTimeOfDay}), each row is also counted by weekday and hour; a row
 * with the date alone (in the format's date part) counts as "time not recorded", never as midnight.
 */
final class MappedExportReader extends CsvRowReader {
    /** The earliest year a date may have. */
    static final int MIN_YEAR = Values.MIN_YEAR;
    /** The latest year a date may have. */
    static final int MAX_YEAR = Values.MAX_YEAR;
    /** The count store's limit on distinct categories ({@code CountStoreBuilder#categoryId}). */
    static final int MAX_CATEGORIES = 256;

    private final ExportMapping mapping;
    private final DateTimeFormatter dates;
    /** True when the dates carry a time of day, counted by weekday and hour. */
    private final boolean timed;
    /** The date part of a date-time format, for rows with a date alone; null when none. */
    private final DateTimeFormatter dateOnly;
    private final Values values = new Values();
    private final Map<String, int[]> categoryIds = new HashMap<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private int[] flagColumns;

    MappedExportReader(LoadOptions options, ExportMapping mapping) {
        super(options);
        this.mapping = mapping;
        this.dates = mapping.dateFormatter();
        this.timed = mapping.hasTimeOfDay();
        this.dateOnly = timed ? mapping.dateOnlyFormatter().orElse(null) : null;
    }

    @Override
    protected Charset charset() {
        return mapping.encoding();
    }

    @Override
    protected String header(Map<String, Integer> header, String file) {
        for (Map.Entry<String, String> role : mapping.columns().entrySet()) {
            String problem = require(header, role.getValue());
            if (problem != null) {
                return problem + " (named for '" + role.getKey() + "' by the mapping)";
            }
            columns.put(role.getKey(), header.get(normalise(role.getValue())));
        }
        flagColumns = new int[mapping.flags().size()];
        for (int i = 0; i < flagColumns.length; i++) {
            String column = mapping.flags().get(i).column();
            String problem = require(header, column);
            if (problem != null) {
                return problem + " (named as a flag by the mapping)";
            }
            flagColumns[i] = header.get(normalise(column));
        }
        return null;
    }

    private int column(String role) {
        return columns.getOrDefault(role, -1);
    }

    @Override
    protected void row(CsvRecord r, String file, long line, RowCounter counter) {
        String dateText = field(r, column("date")).strip();
        YearMonth month;
        int slot = RowCounter.NO_TIME;
        if (dateText.isEmpty()) {
            counter.reject(file, line, "empty date", "column '" + mapping.columns().get("date") + "' is empty");
            return;
        }
        try {
            TemporalAccessor when = dates.parse(dateText);
            month = YearMonth.from(when);
            if (timed) {
                slot = CountStore.timeSlot(LocalDate.from(when).getDayOfWeek(), when.get(ChronoField.HOUR_OF_DAY));
            }
        } catch (DateTimeException e) {
            // DateTimeParseException, and also a DateTimeException when the text parses but is no
            // month ("2021-51" for yyyy-MM): found by fuzzing, it used to end the run with exit 1
            month = dateAlone(dateText);
            if (month == null) {
                counter.reject(file, line, "bad date", "column '" + mapping.columns().get("date") + "': expected "
                        + mapping.datePattern() + (dateOnly == null ? "" : " (or " + ExportMapping.datePart(
                                mapping.datePattern()) + " for a date alone)") + " but was '" + Values.clip(dateText) + "'");
                return;
            }
            // a date without its time: the time was not recorded (it is never taken as midnight)
            slot = CountStore.TIME_NOT_RECORDED;
        }
        if (month.getYear() < MIN_YEAR || month.getYear() > MAX_YEAR) {
            // the counts are dense over the months between the first and the last: a row dated 0001
            // or 9999 would make them span thousands of years times every category
            counter.reject(file, line, "bad date", "column '" + mapping.columns().get("date") + "': year "
                    + month.getYear() + " is outside " + MIN_YEAR + " to " + MAX_YEAR);
            return;
        }
        counter.monthSeen(month);
        String raw = field(r, column("category")).strip();
        if (raw.isEmpty()) {
            counter.reject(file, line, "empty category", "column '" + mapping.columns().get("category") + "' is empty");
            return;
        }
        int[] categories;
        try {
            categories = categories(r, raw, counter);
        } catch (IllegalStateException full) {
            // the count store holds at most 256 categories; past that a new one used to end the run
            // with exit 1. The row is rejected, said so, and reading goes on.
            counter.reject(file, line, "too many categories", "column '" + mapping.columns().get("category")
                    + "': category '" + Values.clip(raw) + "' is one more than the " + MAX_CATEGORIES
                    + " distinct categories cspstat keeps; recode them ([recode]) or set unmapped = reject");
            return;
        }
        if (categories.length == 0) {
            counter.reject(file, line, "unmapped category", "column '" + mapping.columns().get("category")
                    + "': category '" + Values.clip(raw) + "' is not in the recode table");
            return;
        }
        double[] position = values.position(field(r, column("longitude")), field(r, column("latitude")),
                mapping.columns().getOrDefault("longitude", "longitude"),
                mapping.columns().getOrDefault("latitude", "latitude"));
        if (position == null) {
            counter.reject(file, line, values.kind(), values.reason());
            return;
        }
        counter.accept(file, line, field(r, column("id")).strip(), month, slot, categories, position[0], position[1],
                field(r, column("location")), field(r, column("area code")).strip(),
                field(r, column("area name")).strip());
    }

    /** @return the month of a date given without its time, or null when it is not one (or none is allowed) */
    private YearMonth dateAlone(String text) {
        if (dateOnly == null) {
            return null;
        }
        try {
            return YearMonth.from(dateOnly.parse(text));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * @return the category ids the row counts in (its own, then flags), empty when its category
     *     is not in the recode table and unmapped ones are rejected
     * @throws IllegalStateException when a new category would pass the count store's limit
     */
    private int[] categories(CsvRecord r, String raw, RowCounter counter) {
        String key = raw.toLowerCase(Locale.ROOT);
        int[] own = categoryIds.get(key);
        if (own == null) {
            own = categoryOf(raw, counter);
            if (own.length > 0 || categoryIds.size() < PoliceUkReader.MAX_CACHED_TYPES) {
                // a kept category is remembered (so every spelling counts in the first one's category);
                // rejected values only up to a bound, so a hostile file cannot grow the cache without limit
                categoryIds.put(key, own);
            }
        }
        if (own.length == 0) {
            return own;
        }
        int[] categories = own;
        for (int i = 0; i < flagColumns.length; i++) {
            ExportMapping.Flag flag = mapping.flags().get(i);
            if (flag.values().contains(field(r, flagColumns[i]).strip().toLowerCase(Locale.ROOT))) {
                categories = java.util.Arrays.copyOf(categories, categories.length + 1);
                categories[categories.length - 1] = counter.builder().categoryId(
                        new Category(flag.category(), org.cspstat.model.CategoryKind.FLAG));
            }
        }
        return categories;
    }

    private int[] categoryOf(String raw, RowCounter counter) {
        String recoded = mapping.recode().get(raw.toLowerCase(Locale.ROOT));
        if (recoded == null && mapping.rejectUnmapped()) {
            return new int[0];
        }
        String name = recoded == null ? raw : recoded;
        Category category = PoliceUkCategories.canonical(name)
                .map(PoliceUkCategories::category)
                .orElse(new Category(name, mapping.kind()));
        return new int[] {counter.builder().categoryId(category)};
    }
}
