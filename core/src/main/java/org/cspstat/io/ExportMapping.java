package org.cspstat.io;

import org.cspstat.io.internal.ConfigFiles;
import org.cspstat.error.DataException;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cspstat.model.CategoryKind;

/**
 * How to read an export that is not police.uk format (a council ASB case system, a police crime
 * extract): which columns hold what, the date format, flags that yield extra categories, a
 * category recode table and the file's encoding. Written as a small text file an analyst edits:
 *
 * <pre>
 * # lines starting with # are comments
 * [file]
 * name = Northbrook Borough Council ASB cases    (the source line on charts)
 * encoding = windows-1252                        (UTF-8 by default; a BOM is always honoured)
 * kind = asb                                     (asb or crime: what categories not recoded to a
 *                                                 police.uk type count as; asb by default)
 * unmapped = keep                                (keep categories the recode table does not name, or reject)
 *
 * [columns]
 * id = Case Ref
 * date = Date Reported                           (required)
 * date format = dd/MM/yyyy HH:mm                 (yyyy-MM, yyyy-MM-dd, dd/MM/yyyy, dd/MM/yyyy HH:mm, ...;
 *                                                 with an hour, rows are also counted by weekday and hour, and
 *                                                 a row with the date alone is "time not recorded")
 * category = Case Type                           (required)
 * area code = Ward Code
 * area name = Ward Name
 * latitude = Latitude
 * longitude = Longitude
 * location = Address
 *
 * [flags]
 * Domestic Abuse = Y, Yes -&gt; Domestic abuse      (column = values that mean "set" -&gt; extra category)
 *
 * [recode]
 * Youth nuisance = Anti-social behaviour          (value in the file = category to count it as)
 * </pre>
 *
 * A flagged row counts in its own category and also in the flag's category, which is of kind
 * {@link CategoryKind#FLAG} and so in no built-in group. Column names are matched trimmed and
 * without regard to case, as are recode keys and flag values.
 *
 * @param name the export's name, for source lines
 * @param encoding the file's charset
 * @param kind the kind of categories not recoded to a police.uk type
 * @param rejectUnmapped true to reject rows whose category the recode table does not name
 * @param columns the column for each role, in the mapping file's order ({@code id}, {@code date}, {@code category},
 *     {@code area code}, {@code area name}, {@code latitude}, {@code longitude}, {@code location})
 * @param datePattern the {@link DateTimeFormatter} pattern of the date column
 * @param flags the flag columns
 * @param recode recode table, keys lower-cased
 */
public record ExportMapping(String name, Charset encoding, CategoryKind kind, boolean rejectUnmapped,
        Map<String, String> columns, String datePattern, List<Flag> flags, Map<String, String> recode) {

    /** A date-time every usable pattern can write and read back, to check it gives a month. */
    private static final ZonedDateTime SAMPLE_DATE = ZonedDateTime.of(2021, 1, 15, 10, 30, 0, 0, ZoneOffset.UTC);

    /** The roles a column can play. */
    public static final Set<String> ROLES = Set.of("id", "date", "date format", "category", "area code",
            "area name", "latitude", "longitude", "location");

    // validates the components. 
    public ExportMapping {
        requireNonNull(name, "name must not be null");
        requireNonNull(encoding, "encoding must not be null");
        requireNonNull(kind, "kind must not be null");
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        requireNonNull(datePattern, "datePattern must not be null");
        flags = List.copyOf(flags);
        recode = Map.copyOf(recode);
    }

    /**
     * A flag column: when its value is one of {@code values}, the row also counts in {@code category}.
     *
     * @param column the column name
     * @param values the values that mean "set", lower-cased
     * @param category the extra category, such as {@code Domestic abuse}
     */
    public record Flag(String column, Set<String> values, String category) {
        // validates the components. 
        public Flag {
            requireNonNull(column, "column must not be null");
            values = Set.copyOf(values);
            requireNonNull(category, "category must not be null");
        }
    }

    /**
     * The pattern with year-of-era {@code y} as proleptic year {@code u} (a strict resolver needs
     * an era with {@code y}), outside quoted literals only: {@code 'day' dd/MM/yyyy} keeps its
     * literal {@code day}.
     */
    static String prolepticYears(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }

    /** @return a formatter for the date column, strict about impossible dates */
    public DateTimeFormatter dateFormatter() {
        return DateTimeFormatter.ofPattern(prolepticYears(datePattern), Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** The pattern letters of a time of day (hours, minutes, seconds, fractions, am/pm, periods of day). */
    private static final String TIME_LETTERS = "HhKkmsSAnNaB";

    /**
     * Whether the date column carries a time of day: the format gives a day and an hour of the day
     * (with a 12-hour clock, only with its am/pm marker). Rows of such an export are counted by
     * weekday and hour as well as by month.
     *
     * @return true when the date format gives a date and an hour of the day
     */
    public boolean hasTimeOfDay() {
        return givesDayAndHour(dateFormatter(), true);
    }

    /**
     * The date part of a date-time format ({@code dd/MM/yyyy} of {@code dd/MM/yyyy HH:mm},
     * {@code yyyy-MM-dd} of {@code yyyy-MM-dd'T'HH:mm:ss}): a row whose date column holds the date
     * alone is read with it, and its time counts as not recorded (never as midnight).
     *
     * @return the date part's formatter; empty when the format has no time of day, or its part
     *     before the time gives no day
     */
    public java.util.Optional<DateTimeFormatter> dateOnlyFormatter() {
        if (!hasTimeOfDay()) {
            return java.util.Optional.empty();
        }
        String part = datePart(datePattern);
        if (part.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            DateTimeFormatter f = DateTimeFormatter.ofPattern(prolepticYears(part), Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT);
            return givesDayAndHour(f, false) ? java.util.Optional.of(f) : java.util.Optional.empty();
        } catch (IllegalArgumentException | ClassCastException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * @return the pattern up to its first unquoted time letter, without the separators (spaces,
     *     commas, a quoted {@code T}) that led to the time
     */
    static String datePart(String pattern) {
        boolean quoted = false;
        int cut = pattern.length();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && TIME_LETTERS.indexOf(c) >= 0) {
                cut = i;
                break;
            }
        }
        String part = pattern.substring(0, cut);
        String before;
        do {
            before = part;
            part = part.replaceAll("[\\s,;@-]+$", "");
            if (part.endsWith("'T'") || part.endsWith("'t'")) {
                part = part.substring(0, part.length() - 3);
            }
            if (part.endsWith("''")) {
                part = part.substring(0, part.length() - 2);
            }
        } while (!part.equals(before));
        return part;
    }

    private static boolean givesDayAndHour(DateTimeFormatter f, boolean hour) {
        try {
            java.time.temporal.TemporalAccessor t = f.parse(f.format(SAMPLE_DATE));
            return t.isSupported(java.time.temporal.ChronoField.EPOCH_DAY)
                    && (!hour || t.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY));
        } catch (DateTimeException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Reads a mapping file.
     *
     * @param file the mapping file (UTF-8)
     * @return the mapping
     * @throws DataException naming the file and line of anything wrong
     */
    public static ExportMapping read(Path file) {
        String label = file.toString();
        byte[] bytes = ConfigFiles.readBytes(file, ConfigFiles.SMALL, "mapping file");
        return parse(label, utf8(label, bytes).lines().toList());
    }

    /**
     * Decodes UTF-8, naming the line of the first byte that is not (an Excel-saved windows-1252
     * file used to give only "cannot be read: Input length = 1").
     */
    private static String utf8(String label, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            long line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new DataException(label, line, String.format(Locale.ROOT,
                    "not UTF-8 text (byte 0x%02x); save the mapping file as UTF-8", bytes[in.position()] & 0xff));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /**
     * Parses the lines of a mapping file.
     *
     * @param label the file name for messages
     * @param lines the lines
     * @return the mapping
     * @throws DataException naming the line of anything wrong
     */
    public static ExportMapping parse(String label, List<String> lines) {
        String section = null;
        String name = label;
        Charset encoding = StandardCharsets.UTF_8;
        CategoryKind kind = CategoryKind.ASB;
        boolean rejectUnmapped = false;
        Map<String, String> columns = new LinkedHashMap<>();
        List<Flag> flags = new ArrayList<>();
        Map<String, String> recode = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>(); // section and key -> line, so a repeated key is an error
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                section = line.toLowerCase(Locale.ROOT);
                if (!Set.of("[file]", "[columns]", "[flags]", "[recode]").contains(section)) {
                    throw new DataException(label, n, "unknown section " + line
                            + ": expected [file], [columns], [flags] or [recode]");
                }
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new DataException(label, n, "expected 'key = value' but was '" + Values.clip(line) + "'");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            String k = key.toLowerCase(Locale.ROOT);
            if (section == null) {
                throw new DataException(label, n, "'" + key + "' is outside a section: start with [file] or [columns]");
            }
            if (!section.equals("[flags]")) {
                Integer before = seen.putIfAbsent(section + "\n" + k, n);
                if (before != null) {
                    throw new DataException(label, n, "'" + key + "' is given twice in " + section + " (first on line "
                            + before + "); give it once");
                }
            }
            switch (section) {
                case "[file]":
                    switch (k) {
                        case "name": name = value; break;
                        case "encoding": encoding = charset(label, n, value); break;
                        case "kind": kind = kind(label, n, value); break;
                        case "unmapped":
                            if (!value.equalsIgnoreCase("keep") && !value.equalsIgnoreCase("reject")) {
                                throw new DataException(label, n, "unmapped must be keep or reject but was '" + value + "'");
                            }
                            rejectUnmapped = value.equalsIgnoreCase("reject");
                            break;
                        default:
                            throw new DataException(label, n, "unknown key '" + key
                                    + "' in [file]: expected name, encoding, kind or unmapped");
                    }
                    break;
                case "[columns]":
                    if (!ROLES.contains(k)) {
                        throw new DataException(label, n, "unknown column role '" + key + "': expected one of "
                                + String.join(", ", ROLES.stream().sorted().toList()));
                    }
                    if (value.isEmpty()) {
                        throw new DataException(label, n, "column role '" + key + "' has no column name");
                    }
                    columns.put(k, value);
                    break;
                case "[flags]":
                    flags.add(flag(label, n, key, value));
                    break;
                default:
                    if (value.isEmpty()) {
                        throw new DataException(label, n, "recode of '" + key + "' names no category");
                    }
                    recode.put(key.toLowerCase(Locale.ROOT), value);
            }
        }
        for (String required : new String[] {"date", "category"}) {
            if (!columns.containsKey(required)) {
                throw DataException.of(label, "[columns] must name the '" + required + "' column");
            }
        }
        String pattern = columns.getOrDefault("date format", "yyyy-MM");
        DateTimeFormatter formatter;
        try {
            formatter = DateTimeFormatter.ofPattern(prolepticYears(pattern), Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw DataException.of(label, "date format '" + pattern + "' is not a valid pattern: " + e.getMessage());
        } catch (ClassCastException e) {
            // a JDK bug: padding before adjacent numbers ("pyyd") fails this way; found by fuzzing
            throw DataException.of(label, "date format '" + pattern + "' is not a valid pattern");
        }
        try {
            YearMonth.from(formatter.parse(formatter.format(SAMPLE_DATE)));
        } catch (DateTimeException e) {
            throw DataException.of(label, "date format '" + pattern + "' does not give a year and a month");
        }
        columns.remove("date format");
        return new ExportMapping(name, encoding, kind, rejectUnmapped, columns, pattern, flags, recode);
    }

    private static Charset charset(String label, int n, String value) {
        try {
            return Charset.forName(value);
        } catch (IllegalArgumentException e) {
            throw new DataException(label, n, "unknown encoding '" + value + "': use UTF-8 or windows-1252");
        }
    }

    private static CategoryKind kind(String label, int n, String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "asb": return CategoryKind.ASB;
            case "crime": return CategoryKind.CRIME;
            default: throw new DataException(label, n, "kind must be asb or crime but was '" + value + "'");
        }
    }

    private static Flag flag(String label, int n, String column, String value) {
        int arrow = value.indexOf("->");
        if (arrow < 0) {
            throw new DataException(label, n, "a flag reads 'column = value, value -> category' but was '"
                    + Values.clip(column + " = " + value) + "'");
        }
        List<String> values = new ArrayList<>();
        for (String v : value.substring(0, arrow).split(",")) {
            if (!v.isBlank()) {
                values.add(v.strip().toLowerCase(Locale.ROOT));
            }
        }
        String category = value.substring(arrow + 2).strip();
        if (values.isEmpty() || category.isEmpty()) {
            throw new DataException(label, n, "flag '" + column + "' needs at least one value and a category");
        }
        return new Flag(column, Set.copyOf(values), category);
    }
}
