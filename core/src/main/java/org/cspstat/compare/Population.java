package org.cspstat.compare;

import org.cspstat.io.internal.ConfigFiles;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.cspstat.error.DataException;

/**
 * Residents by area code, so comparisons can use person-time as exposure and show rates per
 * 1,000 residents a year. Read from a CSV with a header and two columns, {@code code,residents}
 * (an LSOA, ward or place code, and a whole number of residents, such as an ONS mid-year
 * estimate). The residents of an area at a higher level (a ward from LSOAs) are the sum of its
 * listed LSOAs unless the file lists the ward itself.
 */
public final class Population {
    private final Map<String, Long> residents;
    private final String source;

    private Population(Map<String, Long> residents, String source) {
        this.residents = Map.copyOf(residents);
        this.source = source;
    }

    /**
     * @param residents residents by area code
     * @return the population
     * @throws IllegalArgumentException when a count is not positive
     */
    public static Population of(Map<String, Long> residents) {
        Map<String, Long> upper = new HashMap<>();
        residents.forEach((code, n) -> {
            if (n == null || n <= 0) {
                throw new IllegalArgumentException("residents of " + code + " must be positive");
            }
            upper.put(code.strip().toUpperCase(Locale.ROOT), n);
        });
        return new Population(upper, "population");
    }

    /**
     * Reads a population file.
     *
     * @param file a CSV {@code code,residents} with a header line
     * @return the population
     * @throws DataException naming the file and line of anything wrong
     */
    public static Population read(Path file) {
        String label = file.toString();
        if (!Files.exists(file)) {
            throw DataException.of(label, "no such file or directory");
        }
        Map<String, Long> out = new HashMap<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().detectBomHeader(true).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).ofCsvRecord(ConfigFiles.readText(file,
                        ConfigFiles.LARGE, "population file"))) {
            boolean header = true;
            for (CsvRecord r : csv) {
                long line = r.getStartingLineNumber();
                if (header) {
                    header = false;
                    continue;
                }
                if (r.getFieldCount() != 2) {
                    throw new DataException(label, line, "expected 2 fields (code,residents) but found " + r.getFieldCount());
                }
                String code = r.getField(0).strip().toUpperCase(Locale.ROOT);
                String n = r.getField(1).strip().replace(",", "");
                long value;
                try {
                    value = Long.parseLong(n);
                } catch (NumberFormatException e) {
                    throw new DataException(label, line, "residents must be a whole number but was '" + r.getField(1) + "'");
                }
                if (code.isEmpty() || value <= 0) {
                    throw new DataException(label, line, "a code and a positive number of residents are needed");
                }
                if (out.put(code, value) != null) {
                    throw new DataException(label, line, "area " + code + " is listed twice");
                }
            }
        } catch (IOException | UncheckedIOException | de.siegmar.fastcsv.reader.CsvParseException e) {
            throw DataException.of(label, "cannot be read: " + e.getMessage());
        }
        if (out.isEmpty()) {
            throw DataException.of(label, "no areas listed");
        }
        return new Population(out, label);
    }

    /**
     * @param code an area code
     * @return its residents, or 0 when the file does not list it
     */
    public long residents(String code) {
        return code == null ? 0 : residents.getOrDefault(code.strip().toUpperCase(Locale.ROOT), 0L);
    }

    /**
     * @param code an area code at a higher level, such as a ward
     * @param members the codes of the areas it is made of, such as its LSOAs
     * @return the area's own listed residents, else the sum over its members when every one is
     *     listed, else 0 (unknown)
     */
    public long residents(String code, Collection<String> members) {
        long own = residents(code);
        if (own > 0 || members.isEmpty()) {
            return own;
        }
        long sum = 0;
        for (String m : members) {
            long n = residents(m);
            if (n == 0) {
                return 0;
            }
            sum += n;
        }
        return sum;
    }

    /** @return the residents of every listed area */
    public long total() {
        return residents.values().stream().mapToLong(Long::longValue).sum();
    }

    /** @return where the figures came from */
    public String source() {
        return source;
    }
}
