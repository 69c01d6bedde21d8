package org.cspstat.plan;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cspstat.error.DataException;

/**
 * A partnership's action plan, read from a CSV with the header columns {@code theme}, {@code action},
 * {@code lead}, {@code expected outcome}, {@code status} and optionally {@code evidence} (a category
 * or group of the data, such as {@code All ASB}), in any order. A status is one of complete, on
 * track, at risk, not started (any case). Completion is the number complete over the number of
 * actions, by theme and overall, as an exact fraction: 41 of 42 is 97.6%, never "99%".
 *
 * @param source the file, for messages
 * @param actions the actions, in file order
 */
public record ActionPlan(String source, List<Action> actions) {
    // copies the list.
    public ActionPlan {
        actions = List.copyOf(actions);
    }

    /** A status of an action. */
    public enum Status {
        /** Done. */
        COMPLETE("complete"),
        /** Under way, on time. */
        ON_TRACK("on track"),
        /** Under way, at risk of missing its outcome. */
        AT_RISK("at risk"),
        /** Not started. */
        NOT_STARTED("not started");

        private final String words;

        Status(String words) {
            this.words = words;
        }

        /** @return the status as written in the plan */
        public String words() {
            return words;
        }
    }

    /**
     * One action.
     *
     * @param line the line in the file
     * @param theme the theme
     * @param action what will be done
     * @param lead who leads it
     * @param expectedOutcome the expected outcome
     * @param status its status
     * @param evidence the category or group it is measured by, empty for none
     */
    public record Action(long line, String theme, String action, String lead, String expectedOutcome, Status status,
            String evidence) {
    }

    /**
     * Completion of a theme (or of the whole plan).
     *
     * @param theme the theme, or {@code All themes}
     * @param counts actions by status, indexed by {@link Status#ordinal()}
     * @param evidence the themes' evidence categories, distinct, in file order
     */
    public record Completion(String theme, long[] counts, List<String> evidence) {
        // copies the arrays.
        public Completion {
            counts = counts.clone();
            evidence = List.copyOf(evidence);
        }

        @Override
        public long[] counts() {
            return counts.clone();
        }

        /** @return the number of actions */
        public long total() {
            long t = 0;
            for (long c : counts) {
                t += c;
            }
            return t;
        }

        /**
         * @param s a status
         * @return the number of actions with it
         */
        public long count(Status s) {
            return counts[s.ordinal()];
        }

        /** @return completion as a percentage rounded half up to one decimal, such as {@code 97.6} for 41/42 */
        public BigDecimal percent() {
            return total() == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(count(Status.COMPLETE) * 1000L)
                    .divide(BigDecimal.valueOf(total()), 0, RoundingMode.HALF_UP).movePointLeft(1).setScale(1);
        }

        /** @return e.g. {@code 41 of 42 (97.6%)} */
        public String words() {
            return count(Status.COMPLETE) + " of " + total() + " (" + percent().toPlainString() + "%)";
        }
    }

    /** The name of the overall row. */
    public static final String ALL_THEMES = "All themes";

    /**
     * Reads a plan.
     *
     * @param path the CSV file (UTF-8)
     * @return the plan
     * @throws DataException naming the file (and line) of a missing column, an unknown status, an
     *     empty theme or action, or a file without actions
     */
    public static ActionPlan read(Path path) {
        String label = path.toString();
        if (!Files.isRegularFile(path)) {
            throw DataException.of(label, "no such file");
        }
        List<Action> actions = new ArrayList<>();
        // a regular file of at most 1 MiB of UTF-8, like every configuration file: a Latin-1 byte
        // used to escape from the parser as an UncheckedIOException (exit 1; found by fuzzing)
        String text = org.cspstat.io.internal.ConfigFiles.readText(path, org.cspstat.io.internal.ConfigFiles.SMALL, "action plan");
        try (Reader r = new java.io.StringReader(text);
                CsvReader<CsvRecord> csv = CsvReader.builder().extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                        .missingFieldStrategy(FieldMismatchStrategy.IGNORE).ofCsvRecord(r)) {
            Map<String, Integer> columns = null;
            for (CsvRecord rec : csv) {
                long line = rec.getStartingLineNumber();
                if (rec.getFieldCount() == 1 && rec.getField(0).isBlank()) {
                    continue;
                }
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < rec.getFieldCount(); i++) {
                        columns.putIfAbsent(rec.getField(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
                    }
                    for (String c : List.of("theme", "action", "lead", "expected outcome", "status")) {
                        if (!columns.containsKey(c)) {
                            throw new DataException(label, line, "missing column '" + c + "' (expected theme, action, "
                                    + "lead, expected outcome, status and optionally evidence)");
                        }
                    }
                    continue;
                }
                String theme = field(rec, columns, "theme");
                String action = field(rec, columns, "action");
                if (theme.isEmpty() || action.isEmpty()) {
                    throw new DataException(label, line, "theme and action must not be empty");
                }
                String statusText = field(rec, columns, "status");
                Status status = null;
                for (Status s : Status.values()) {
                    if (s.words.equalsIgnoreCase(statusText.replace('_', ' ').replace('-', ' ').strip())) {
                        status = s;
                    }
                }
                if (status == null) {
                    throw new DataException(label, line, "column 'status': expected complete, on track, at risk or "
                            + "not started but was '" + statusText + "'");
                }
                actions.add(new Action(line, theme, action, field(rec, columns, "lead"),
                        field(rec, columns, "expected outcome"), status, field(rec, columns, "evidence")));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw DataException.of(label, "cannot be read: " + e.getMessage());
        } catch (CsvParseException e) {
            throw DataException.of(label, "cannot be parsed as CSV: " + e.getMessage());
        }
        if (actions.isEmpty()) {
            throw DataException.of(label, "no actions: expected a header and at least one action");
        }
        return new ActionPlan(label, actions);
    }

    private static String field(CsvRecord r, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= r.getFieldCount() ? "" : r.getField(i).strip();
    }

    /** @return completion by theme in file order, then {@link #ALL_THEMES} */
    public List<Completion> completion() {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, List<String>> evidence = new LinkedHashMap<>();
        long[] all = new long[Status.values().length];
        for (Action a : actions) {
            counts.computeIfAbsent(a.theme(), k -> new long[Status.values().length])[a.status().ordinal()]++;
            List<String> ev = evidence.computeIfAbsent(a.theme(), k -> new ArrayList<>());
            if (!a.evidence().isEmpty() && !ev.contains(a.evidence())) {
                ev.add(a.evidence());
            }
            all[a.status().ordinal()]++;
        }
        List<Completion> out = new ArrayList<>();
        counts.forEach((theme, c) -> out.add(new Completion(theme, c, evidence.get(theme))));
        out.add(new Completion(ALL_THEMES, all, List.of()));
        return out;
    }

    /** @return CSV column names of {@link #cells()} */
    public static List<String> columnNames() {
        return List.of("theme", "actions", "complete", "on_track", "at_risk", "not_started", "percent_complete",
                "evidence");
    }

    /** @return completion as CSV cells */
    public List<List<String>> cells() {
        List<List<String>> out = new ArrayList<>();
        for (Completion c : completion()) {
            out.add(List.of(c.theme(), Long.toString(c.total()), Long.toString(c.count(Status.COMPLETE)),
                    Long.toString(c.count(Status.ON_TRACK)), Long.toString(c.count(Status.AT_RISK)),
                    Long.toString(c.count(Status.NOT_STARTED)), c.percent().toPlainString(),
                    String.join("; ", c.evidence())));
        }
        return out;
    }
}
