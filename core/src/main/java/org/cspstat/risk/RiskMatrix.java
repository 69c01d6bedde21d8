package org.cspstat.risk;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cspstat.error.DataException;

/**
 * A county's risk matrix: for each issue, an impact score 1–5 on each dimension.
 *
 * <p>File format (CSV, UTF-8, one row per issue, editable in a spreadsheet):
 * <pre>
 * # lines starting with # are comments
 * issue,harm,vulnerability,community_concern,public_confidence,note
 * Burglary,4,4,4,4,CCHI 190.7-252.5 days
 * </pre>
 * The columns {@code issue}, {@code harm}, {@code vulnerability}, {@code community_concern} and
 * {@code public_confidence} are required, in any order; any further column is a further
 * dimension a county adds (for example {@code repeat_victims}), except {@code note}, which is
 * free text. Column names are matched ignoring case, with spaces read as underscores.
 *
 * @param source the file name or label the matrix was read from
 * @param dimensions the dimension keys, in column order
 * @param rows each issue mapped to its row, in file order
 */
public record RiskMatrix(String source, List<String> dimensions, Map<String, MatrixRow> rows) {

    /** The dimensions every matrix has, in their canonical order. */
    public static final List<String> CORE_DIMENSIONS =
            List.of("harm", "vulnerability", "community_concern", "public_confidence");

    /** The column naming the issue. */
    public static final String ISSUE_COLUMN = "issue";

    /** The free-text column that is not a dimension. */
    public static final String NOTE_COLUMN = "note";

    private static final String BUNDLED = "default-matrix.csv";

    /**
     * Validates and copies the matrix.
     *
     * @param source the file name or label the matrix was read from
     * @param dimensions the dimension keys, in column order
     * @param rows each issue mapped to its row, in file order
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the dimensions lack a core dimension or a row's
     *     dimensions differ from the matrix's
     */
    public RiskMatrix {
        requireNonNull(source, "source must not be null");
        dimensions = List.copyOf(requireNonNull(dimensions, "dimensions must not be null"));
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(rows, "rows must not be null")));
        if (!dimensions.containsAll(CORE_DIMENSIONS)) {
            throw new IllegalArgumentException("dimensions " + dimensions + " lack one of " + CORE_DIMENSIONS);
        }
        for (MatrixRow row : rows.values()) {
            if (!List.copyOf(row.scores().keySet()).equals(dimensions)) {
                throw new IllegalArgumentException(row.issue() + ": dimensions " + row.scores().keySet()
                        + " differ from the matrix's " + dimensions);
            }
        }
    }

    /**
     * Reads a matrix file.
     *
     * @param path the CSV file
     * @param knownIssues the issue names allowed (see {@link Issues#with(List)})
     * @return the matrix
     * @throws DataException {@code file:line: reason} for a missing column, an unknown or
     *     duplicate issue, or a score that is not a whole number from 1 to 5
     */
    public static RiskMatrix load(Path path, Set<String> knownIssues) {
        return of(ConfigCsv.read(path), knownIssues);
    }

    /**
     * Reads a matrix from text.
     *
     * @param source the file name or label used in messages
     * @param reader the CSV text
     * @param knownIssues the issue names allowed (see {@link Issues#with(List)})
     * @return the matrix
     * @throws DataException {@code source:line: reason}, as {@link #load(Path, Set)}
     */
    public static RiskMatrix parse(String source, Reader reader, Set<String> knownIssues) {
        return of(ConfigCsv.read(source, reader), knownIssues);
    }

    /**
     * The bundled ILLUSTRATIVE matrix for the 14 police.uk categories (basis in
     * {@code docs/risk.md}). It is a starting point for a county to edit, not an official table.
     *
     * @return the bundled matrix
     */
    public static RiskMatrix bundled() {
        InputStream in = RiskMatrix.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException("bundled resource missing: " + BUNDLED);
        }
        return parse(BUNDLED, new InputStreamReader(in, StandardCharsets.UTF_8), Issues.standard());
    }

    private static RiskMatrix of(ConfigCsv.Table table, Set<String> knownIssues) {
        String source = table.source();
        List<String> required = new ArrayList<>();
        required.add(ISSUE_COLUMN);
        required.addAll(CORE_DIMENSIONS);
        table.require(required);
        List<String> dimensions = new ArrayList<>();
        for (String column : table.columns()) {
            if (!column.equals(ISSUE_COLUMN) && !column.equals(NOTE_COLUMN)) {
                dimensions.add(column);
            }
        }
        Map<String, Integer> index = table.index();
        Map<String, String> canonical = new HashMap<>();
        for (String known : requireNonNull(knownIssues, "knownIssues must not be null")) {
            canonical.put(known.toLowerCase(Locale.ROOT), known);
        }
        Map<String, MatrixRow> rows = new LinkedHashMap<>();
        for (ConfigCsv.Row row : table.rows()) {
            String name = row.field(index.get(ISSUE_COLUMN));
            if (name.isEmpty()) {
                throw new DataException(source, row.line(), "column 'issue': missing issue name");
            }
            String issue = canonical.get(name.toLowerCase(Locale.ROOT));
            if (issue == null) {
                throw new DataException(source, row.line(), "unknown issue '" + name
                        + "' (expected a police.uk category, 'All crime', 'All ASB' or a declared group)");
            }
            MatrixRow first = rows.get(issue);
            if (first != null) {
                throw new DataException(source, row.line(),
                        "duplicate issue '" + issue + "' (first on line " + first.line() + ")");
            }
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (String dimension : dimensions) {
                scores.put(dimension, ConfigCsv.score(source, row.line(), dimension, row.field(index.get(dimension))));
            }
            Integer note = index.get(NOTE_COLUMN);
            rows.put(issue, new MatrixRow(issue, scores, note == null ? "" : row.field(note), row.line()));
        }
        if (rows.isEmpty()) {
            throw new DataException(source, 0, "no issues: expected at least one row after the header");
        }
        return new RiskMatrix(source, dimensions, rows);
    }

    /**
     * @param issue an issue name
     * @return whether the matrix scores it
     */
    public boolean contains(String issue) {
        return rows.containsKey(issue);
    }

    /**
     * @param dimension a dimension key or label, such as {@code community concern}
     * @return the dimension's key if the matrix has it, else null
     */
    String dimensionKey(String dimension) {
        String key = ConfigCsv.key(dimension);
        return dimensions.contains(key) ? key : null;
    }
}
