package org.cspstat.io;

import org.cspstat.io.internal.ConfigFiles;
import org.cspstat.error.DataException;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cspstat.model.Area;

/**
 * Maps LSOA codes to wards and districts, so results can be grouped by ward. Reads the ONS lookup
 * layout (columns such as {@code LSOA11CD}, {@code WD22CD}, {@code WD22NM}, {@code LAD22CD},
 * {@code LAD22NM}, any year) or a plain two-column file {@code lsoa,ward} whose second column is
 * the ward's name.
 */
public final class AreaLookup {
    private static final Pattern LSOA = Pattern.compile("LSOA\\d*CD");
    private static final Pattern WARD_CODE = Pattern.compile("WD\\d*CD");
    private static final Pattern WARD_NAME = Pattern.compile("WD\\d*NM");
    private static final Pattern LAD_CODE = Pattern.compile("LAD\\d*CD");
    private static final Pattern LAD_NAME = Pattern.compile("LAD\\d*NM");

    private final Map<String, Area> wards;
    private final Map<String, Area> districts;

    private AreaLookup(Map<String, Area> wards, Map<String, Area> districts) {
        this.wards = Map.copyOf(wards);
        this.districts = Map.copyOf(districts);
    }

    /**
     * Reads a lookup file.
     *
     * @param file the CSV file
     * @return the lookup
     * @throws DataException naming the file and line when it cannot be used
     */
    public static AreaLookup read(Path file) {
        String text = ConfigFiles.readText(file, ConfigFiles.LARGE, "lookup file");
        return read(file.toString(), new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Reads a lookup from a stream.
     *
     * @param label the file name for messages
     * @param in the CSV bytes (UTF-8, BOM allowed)
     * @return the lookup
     * @throws DataException naming the line when it cannot be used
     */
    public static AreaLookup read(String label, InputStream in) {
        Map<String, Area> wards = new HashMap<>();
        Map<String, Area> districts = new HashMap<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().detectBomHeader(true).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).ofCsvRecord(in, StandardCharsets.UTF_8)) {
            List<CsvRecord> rows = csv.stream().toList();
            if (rows.isEmpty()) {
                throw DataException.of(label, "empty lookup file");
            }
            List<String> header = rows.get(0).getFields().stream()
                    .map(h -> h.replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT)).toList();
            int lsoa = find(header, LSOA);
            int wardCode = find(header, WARD_CODE);
            int wardName = find(header, WARD_NAME);
            int ladCode = find(header, LAD_CODE);
            int ladName = find(header, LAD_NAME);
            if (lsoa < 0) {
                if (header.size() != 2) {
                    throw new DataException(label, 1, "expected ONS columns (LSOA11CD, WD22CD, WD22NM, ...) "
                            + "or two columns lsoa,ward but found " + header.size() + " columns without an LSOAxxCD column");
                }
                lsoa = 0;
                wardName = 1;
            }
            if (wardCode < 0 && wardName < 0) {
                throw new DataException(label, 1, "no ward column (WDxxCD or WDxxNM) in the header");
            }
            for (CsvRecord r : rows.subList(1, rows.size())) {
                String code = get(r, lsoa);
                if (code.isEmpty()) {
                    throw new DataException(label, r.getStartingLineNumber(), "empty LSOA code");
                }
                String wc = get(r, wardCode);
                String wn = get(r, wardName);
                wards.put(code.toUpperCase(Locale.ROOT), new Area(wc.isEmpty() ? wn : wc, wn.isEmpty() ? wc : wn));
                String lc = get(r, ladCode);
                String ln = get(r, ladName);
                if (!lc.isEmpty() || !ln.isEmpty()) {
                    districts.put(code.toUpperCase(Locale.ROOT), new Area(lc.isEmpty() ? ln : lc, ln.isEmpty() ? lc : ln));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | de.siegmar.fastcsv.reader.CsvParseException e) {
            throw DataException.of(label, "cannot be read: " + e.getMessage());
        }
        return new AreaLookup(wards, districts);
    }

    private static int find(List<String> header, Pattern p) {
        for (int i = 0; i < header.size(); i++) {
            if (p.matcher(header.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static String get(CsvRecord r, int i) {
        return i < 0 || i >= r.getFieldCount() ? "" : r.getField(i).strip();
    }

    /**
     * @param lsoaCode an LSOA code
     * @return its ward, or empty when the lookup does not list it
     */
    public Optional<Area> ward(String lsoaCode) {
        return Optional.ofNullable(wards.get(lsoaCode.toUpperCase(Locale.ROOT)));
    }

    /**
     * @param lsoaCode an LSOA code
     * @return its district, or empty when the lookup gives none
     */
    public Optional<Area> district(String lsoaCode) {
        return Optional.ofNullable(districts.get(lsoaCode.toUpperCase(Locale.ROOT)));
    }

    /** @return the number of LSOAs listed */
    public int size() {
        return wards.size();
    }
}
