package org.cspstat.harm;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cspstat.error.DataException;
import org.cspstat.model.PoliceUkCategories;

/**
 * Harm weights in Cambridge Crime Harm Index days per category. The bundled table
 * ({@code cchi-days.csv}) is the illustrative police.uk mapping of DOMAIN.md §5, midpoints where
 * forces differ; a partnership's CSV ({@code category,days}, '#' comments) replaces the weights of
 * the categories it names and can weight its own categories. A category without a weight (ASB,
 * flag categories, council categories) adds no harm.
 *
 * @param weights days by category name
 * @param source where the weights came from, for notes
 */
public record HarmWeights(Map<String, Double> weights, String source) {
    // copies the map.
    public HarmWeights {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    /** @return the bundled, illustrative CCHI days */
    public static HarmWeights bundled() {
        try (InputStream in = HarmWeights.class.getResourceAsStream("cchi-days.csv")) {
            return new HarmWeights(read("cchi-days.csv", new InputStreamReader(in, StandardCharsets.UTF_8)),
                    "CCHI days (illustrative, bundled)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a partnership's weights over the bundled ones.
     *
     * @param path a CSV {@code category,days}
     * @return the bundled weights with the file's replacing or adding
     * @throws DataException naming the file and line of a bad line
     */
    public static HarmWeights read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw DataException.of(path.toString(), "no such file");
        }
        Map<String, Double> all = new LinkedHashMap<>(bundled().weights());
        // a regular file of at most 1 MiB of UTF-8, like every configuration file: a Latin-1 byte
        // used to escape from the parser as an UncheckedIOException (exit 1; found by fuzzing)
        String text = org.cspstat.io.internal.ConfigFiles.readText(path, org.cspstat.io.internal.ConfigFiles.SMALL, "harm weights file");
        all.putAll(read(path.toString(), new java.io.StringReader(text)));
        return new HarmWeights(all, "harm weights from " + path.getFileName());
    }

    private static Map<String, Double> read(String label, Reader reader) {
        Map<String, Double> out = new LinkedHashMap<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().commentStrategy(de.siegmar.fastcsv.reader.CommentStrategy.SKIP)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(reader)) {
            boolean header = true;
            for (CsvRecord rec : csv) {
                long line = rec.getStartingLineNumber();
                if (rec.getFieldCount() == 1 && rec.getField(0).isBlank()) {
                    continue;
                }
                if (header) {
                    String h = String.join(",", rec.getFields()).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
                    if (!h.startsWith("category,days")) {
                        throw new DataException(label, line, "expected the header 'category,days' but was '" + h + "'");
                    }
                    header = false;
                    continue;
                }
                if (rec.getFieldCount() < 2) {
                    throw new DataException(label, line, "expected 2 fields (category,days) but found " + rec.getFieldCount());
                }
                String name = rec.getField(0).strip();
                String category = PoliceUkCategories.canonical(name).orElse(name);
                double days;
                String daysText = rec.getField(1).strip();
                // plain decimals only: Java's own syntax (0x1p3, 5d, 1e3, Infinity) is no number of days
                if (!PLAIN_DECIMAL.matcher(daysText).matches()) {
                    throw new DataException(label, line, "column 'days': expected a plain decimal number but was '"
                            + clip(rec.getField(1)) + "'");
                }
                days = Double.parseDouble(daysText);
                if (category.isEmpty() || !Double.isFinite(days) || days < 0) {
                    throw new DataException(label, line, "expected a category and days of 0 or more");
                }
                if (out.put(category, days) != null) {
                    throw new DataException(label, line, "duplicate category '" + category + "'");
                }
            }
        } catch (CsvParseException e) {
            throw DataException.of(label, "cannot be parsed as CSV: " + e.getMessage());
        } catch (IOException e) {
            throw DataException.of(label, "cannot be read: " + e.getMessage());
        }
        return out;
    }

    private static final java.util.regex.Pattern PLAIN_DECIMAL = java.util.regex.Pattern.compile(
            "\\+?(\\d+(\\.\\d*)?|\\.\\d+)");

    /** A value quoted in a message: one line, at most 40 characters. */
    private static String clip(String s) {
        String one = s.replaceAll("\\p{Cntrl}", "?");
        return one.length() <= 40 ? one : one.substring(0, 37) + "...";
    }

    /**
     * @param category a category name
     * @return its weight in days, or empty when it has none
     */
    public Optional<Double> days(String category) {
        return Optional.ofNullable(weights.get(category));
    }
}
