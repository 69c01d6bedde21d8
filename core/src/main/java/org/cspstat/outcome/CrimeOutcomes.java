package org.cspstat.outcome;

import static java.util.Objects.requireNonNull;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cspstat.io.AreaSelection;
import org.cspstat.error.DataException;
import org.cspstat.io.DataFiles;
import org.cspstat.io.InputSource;
import org.cspstat.io.ReadLimits;
import org.cspstat.io.Reject;
import org.cspstat.model.PoliceUkCategories;

/**
 * Every crime of the selected area with its outcome: read from police.uk street files (their
 * {@code Last outcome category}) and, when outcomes files are given, replaced by the latest
 * outcome recorded for the same Crime ID in them (latest by the outcomes file's {@code Month};
 * on a tie, the later file in name order and the later line). Anti-social behaviour has no
 * outcome and is counted apart.
 *
 * <p>Every row is accounted for ({@link Account}): a street row is a crime, ASB, outside the area
 * or rejected; an outcomes row is linked to a crime, unlinked (its crime is not among those read:
 * another area, or reported before the first street month) or rejected, each reject with
 * {@code file:line: reason}.
 *
 * <pre>{@code
 * CrimeOutcomes o = CrimeOutcomes.read(List.of(Path.of("herts")), List.of(Path.of("herts-outcomes")),
 *         AreaSelection.namePrefix("Stevenage"), ReadLimits.DEFAULT);
 * }</pre>
 */
public final class CrimeOutcomes {
    private final List<Crime> crimes;
    private final Account account;

    private CrimeOutcomes(List<Crime> crimes, Account account) {
        this.crimes = List.copyOf(crimes);
        this.account = account;
    }

    /**
     * One crime and its latest known outcome.
     *
     * @param id the Crime ID (empty when the row had none)
     * @param category the police.uk category
     * @param month the month the crime was reported
     * @param lsoaCode the LSOA code, empty when the row had no location
     * @param lsoaName the LSOA name
     * @param outcome the outcome text, empty when none was recorded
     * @param outcomeMonth the month the outcome was recorded (from an outcomes file), or null when
     *     it is the street file's last outcome
     */
    public record Crime(String id, String category, YearMonth month, String lsoaCode, String lsoaName,
            String outcome, YearMonth outcomeMonth) {
        /** @return the outcome's group */
        public OutcomeGroup group() {
            return OutcomeGroup.of(outcome);
        }

        /** @return true when the outcome came from an outcomes file */
        public boolean fromOutcomesFile() {
            return outcomeMonth != null;
        }
    }

    /**
     * The account of the read: {@code streetRows = crimes + asb + outsideArea + streetRejected} and
     * {@code outcomeRows = linked + unlinked + outcomeRejected}.
     *
     * @param streetRows street data rows read
     * @param crimes crimes in the area (rows counted)
     * @param asb anti-social behaviour rows in the area (no outcome)
     * @param outsideArea street rows outside the selected area
     * @param streetRejected street rows not usable
     * @param outcomeRows outcomes data rows read
     * @param linked outcomes rows whose Crime ID is one of the crimes
     * @param unlinked outcomes rows whose Crime ID is not
     * @param outcomeRejected outcomes rows not usable
     * @param crimesWithOutcomeFromFile crimes whose outcome came from an outcomes file
     * @param rejects the first rejects, in reading order
     */
    public record Account(long streetRows, long crimes, long asb, long outsideArea, long streetRejected,
            long outcomeRows, long linked, long unlinked, long outcomeRejected, long crimesWithOutcomeFromFile,
            List<Reject> rejects) {
        // checks the invariants.
        public Account {
            rejects = List.copyOf(rejects);
            if (streetRows != crimes + asb + outsideArea + streetRejected
                    || outcomeRows != linked + unlinked + outcomeRejected) {
                throw new IllegalStateException("the outcomes account does not reconcile");
            }
        }
    }

    /** @return the crimes, in reading order */
    public List<Crime> crimes() {
        return crimes;
    }

    /** @return the account of every row read */
    public Account account() {
        return account;
    }

    /**
     * Reads street files and, optionally, outcomes files.
     *
     * @param street street files, folders or zips
     * @param outcomes outcomes files, folders or zips; may be empty
     * @param selection which rows are in the area
     * @param limits zip and field limits
     * @return the crimes with their outcomes
     * @throws DataException when a path cannot be read or no crime is found (a file that lacks a required column
     *     has its rows rejected with the reason, and the other files are read)
     */
    public static CrimeOutcomes read(List<Path> street, List<Path> outcomes, AreaSelection selection,
            ReadLimits limits) {
        requireNonNull(selection, "selection must not be null");
        Reading r = new Reading(selection);
        List<String> notes = new ArrayList<>();
        for (Path p : street) {
            for (InputSource s : DataFiles.incidents(p, limits, notes::add)) {
                r.street(s);
            }
        }
        for (Path p : outcomes) {
            List<InputSource> files = DataFiles.outcomes(p, limits, notes::add);
            if (files.isEmpty()) {
                throw DataException.of(p.toString(), "no police.uk -outcomes.csv files found");
            }
            for (InputSource s : files) {
                r.outcomes(s);
            }
        }
        if (r.crimes.isEmpty()) {
            throw DataException.of(String.join(", ", street.stream().map(Path::toString).toList()),
                    "no crimes with outcomes in the selected area (" + selection.describe() + ")");
        }
        List<Crime> out = new ArrayList<>(r.crimes.size());
        long fromFile = 0;
        for (int i = 0; i < r.crimes.size(); i++) {
            Crime c = r.crimes.get(i);
            Latest l = r.latest[i];
            if (l != null) {
                fromFile++;
                c = new Crime(c.id(), c.category(), c.month(), c.lsoaCode(), c.lsoaName(), l.outcome, l.month);
            }
            out.add(c);
        }
        Account a = new Account(r.streetRows, r.crimes.size(), r.asb, r.outside, r.streetRejected, r.outcomeRows,
                r.linked, r.unlinked, r.outcomeRejected, fromFile, r.rejects);
        return new CrimeOutcomes(out, a);
    }

    private record Latest(String outcome, YearMonth month) {
    }

    /** The state of one read. */
    private static final class Reading {
        static final int MAX_REJECTS = 20;
        final AreaSelection selection;
        final List<Crime> crimes = new ArrayList<>();
        final Map<String, Integer> byId = new HashMap<>();
        Latest[] latest = new Latest[0];
        final List<Reject> rejects = new ArrayList<>();
        long streetRows;
        long asb;
        long outside;
        long streetRejected;
        long outcomeRows;
        long linked;
        long unlinked;
        long outcomeRejected;

        Reading(AreaSelection selection) {
            this.selection = selection;
        }

        void reject(String file, long line, String reason) {
            if (rejects.size() < MAX_REJECTS) {
                rejects.add(new Reject(file, line, reason));
            }
        }

        void street(InputSource source) {
            read(source, true);
        }

        void outcomes(InputSource source) {
            read(source, false);
            if (latest.length < crimes.size()) {
                latest = java.util.Arrays.copyOf(latest, crimes.size());
            }
        }

        private void read(InputSource source, boolean street) {
            String file = source.name();
            try (Reader in = new InputStreamReader(source.open(), StandardCharsets.UTF_8);
                    CsvReader<CsvRecord> csv = CsvReader.builder()
                            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                            .ofCsvRecord(in)) {
                Map<String, Integer> columns = null;
                String unreadable = null;
                long unreadableRows = 0;
                for (CsvRecord rec : csv) {
                    if (columns == null && unreadable == null) {
                        try {
                            columns = header(rec, file, street);
                        } catch (DataException e) {
                            // a CSV in the folder that is no police.uk file (a lookup, a list of expected
                            // counts): its rows are rejected with the reason, as the count loader does,
                            // and the other files are still read
                            unreadable = e.reason();
                        }
                        if (street && latest.length < crimes.size()) {
                            latest = java.util.Arrays.copyOf(latest, crimes.size());
                        }
                        continue;
                    }
                    if (rec.getFieldCount() == 1 && rec.getField(0).isEmpty()) {
                        continue; // a blank line
                    }
                    if (unreadable != null) {
                        unreadableRows++;
                        continue;
                    }
                    if (street) {
                        streetRow(rec, columns, file);
                    } else {
                        outcomeRow(rec, columns, file);
                    }
                }
                if (unreadable != null) {
                    if (street) {
                        streetRows += unreadableRows;
                        streetRejected += unreadableRows;
                    } else {
                        outcomeRows += unreadableRows;
                        outcomeRejected += unreadableRows;
                    }
                    reject(file, 1, unreadable + " (" + unreadableRows + " rows)");
                }
            } catch (IOException | UncheckedIOException e) {
                throw DataException.of(file, "cannot be read: " + e.getMessage());
            } catch (CsvParseException e) {
                throw DataException.of(file, "cannot be parsed as CSV: " + e.getMessage());
            }
            if (latest.length < crimes.size()) {
                latest = java.util.Arrays.copyOf(latest, crimes.size());
            }
        }

        private static Map<String, Integer> header(CsvRecord rec, String file, boolean street) {
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < rec.getFieldCount(); i++) {
                columns.putIfAbsent(rec.getField(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
            }
            String[] required = street ? new String[] {"crime id", "month", "crime type", "last outcome category"}
                    : new String[] {"crime id", "month", "outcome type"};
            for (String c : required) {
                if (!columns.containsKey(c)) {
                    throw new DataException(file, rec.getStartingLineNumber(), "missing column '" + c
                            + "' in the header (" + (street ? "a police.uk street file" : "a police.uk outcomes file")
                            + " is expected)");
                }
            }
            return columns;
        }

        private static String field(CsvRecord r, Map<String, Integer> columns, String name) {
            Integer i = columns.get(name);
            return i == null || i >= r.getFieldCount() ? "" : r.getField(i).strip();
        }

        private static YearMonth month(String text) {
            if (!text.matches("\\d{4}-\\d{2}")) {
                return null;
            }
            try {
                return YearMonth.parse(text);
            } catch (DateTimeException e) {
                return null;
            }
        }

        private void streetRow(CsvRecord r, Map<String, Integer> columns, String file) {
            streetRows++;
            long line = r.getStartingLineNumber();
            YearMonth m = month(field(r, columns, "month"));
            if (m == null) {
                streetRejected++;
                reject(file, line, "column 'Month': expected YYYY-MM but was '" + clip(field(r, columns, "month")) + "'");
                return;
            }
            String type = field(r, columns, "crime type");
            String category = PoliceUkCategories.canonical(type).orElse(null);
            if (category == null) {
                streetRejected++;
                reject(file, line, "column 'Crime type': unknown crime type '" + clip(type) + "'");
                return;
            }
            String code = field(r, columns, "lsoa code");
            String name = field(r, columns, "lsoa name");
            boolean inArea = code.isEmpty() ? selection.isAll() : selection.contains(code, name);
            if (!inArea) {
                outside++;
                return;
            }
            if (category.equals("Anti-social behaviour")) {
                asb++;
                return;
            }
            String id = field(r, columns, "crime id");
            if (!id.isEmpty()) {
                byId.putIfAbsent(id, crimes.size());
            }
            crimes.add(new Crime(id, category, m, code, name, field(r, columns, "last outcome category"), null));
        }

        private void outcomeRow(CsvRecord r, Map<String, Integer> columns, String file) {
            outcomeRows++;
            long line = r.getStartingLineNumber();
            String id = field(r, columns, "crime id");
            YearMonth m = month(field(r, columns, "month"));
            String outcome = field(r, columns, "outcome type");
            if (id.isEmpty()) {
                outcomeRejected++;
                reject(file, line, "column 'Crime ID' is empty: the outcome cannot be linked");
                return;
            }
            if (m == null) {
                outcomeRejected++;
                reject(file, line, "column 'Month': expected YYYY-MM but was '" + clip(field(r, columns, "month")) + "'");
                return;
            }
            if (outcome.isEmpty()) {
                outcomeRejected++;
                reject(file, line, "column 'Outcome type' is empty");
                return;
            }
            Integer crime = byId.get(id);
            if (crime == null) {
                unlinked++;
                return;
            }
            linked++;
            Latest l = latest[crime];
            if (l == null || !m.isBefore(l.month)) {
                latest[crime] = new Latest(outcome, m);
            }
        }

        private static String clip(String s) {
            return s.length() > 40 ? s.substring(0, 40) + "…" : s;
        }
    }
}
