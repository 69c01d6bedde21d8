package org.cspstat.risk;

import static java.util.Objects.requireNonNull;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cspstat.error.DataException;

/**
 * A district's overrides of its county matrix: each replaces one named score and records why.
 *
 * <p>File format (CSV, UTF-8, {@code #} comments allowed):
 * <pre>
 * issue,dimension,score,reason
 * Anti-social behaviour,community_concern,5,Residents' survey 2017: top concern
 * </pre>
 * The issue must be in the county matrix (matched ignoring case), the dimension one of its
 * columns (written as the key, {@code community_concern}, or in words, {@code community concern}),
 * the score a whole number 1–5, the reason non-blank, and each issue and dimension pair may
 * appear once.
 *
 * @param source the file name or label the overrides were read from
 * @param overrides the overrides, in file order
 */
public record DistrictOverrides(String source, List<ScoreOverride> overrides) {

    private static final List<String> COLUMNS = List.of("issue", "dimension", "score", "reason");

    /**
     * Copies the overrides.
     *
     * @param source the file name or label the overrides were read from
     * @param overrides the overrides, in file order
     * @throws NullPointerException if an argument is null
     */
    public DistrictOverrides {
        requireNonNull(source, "source must not be null");
        overrides = List.copyOf(requireNonNull(overrides, "overrides must not be null"));
    }

    /** @return no overrides */
    public static DistrictOverrides none() {
        return new DistrictOverrides("(none)", List.of());
    }

    /**
     * Reads an override file.
     *
     * @param path the CSV file
     * @param matrix the county matrix the overrides apply to
     * @return the overrides
     * @throws DataException {@code file:line: reason} for a missing column, an issue not in the
     *     matrix, an unknown dimension, a score that is not a whole number 1–5, an empty reason
     *     or a repeated issue and dimension pair
     */
    public static DistrictOverrides load(Path path, RiskMatrix matrix) {
        return of(ConfigCsv.read(path), matrix);
    }

    /**
     * Reads overrides from text.
     *
     * @param source the file name or label used in messages
     * @param reader the CSV text
     * @param matrix the county matrix the overrides apply to
     * @return the overrides
     * @throws DataException {@code source:line: reason}, as {@link #load(Path, RiskMatrix)}
     */
    public static DistrictOverrides parse(String source, Reader reader, RiskMatrix matrix) {
        return of(ConfigCsv.read(source, reader), matrix);
    }

    private static DistrictOverrides of(ConfigCsv.Table table, RiskMatrix matrix) {
        String source = table.source();
        table.require(COLUMNS);
        Map<String, Integer> index = table.index();
        Map<String, String> issues = new HashMap<>();
        for (String issue : matrix.rows().keySet()) {
            issues.put(issue.toLowerCase(Locale.ROOT), issue);
        }
        Map<String, ScoreOverride> seen = new LinkedHashMap<>();
        List<ScoreOverride> overrides = new ArrayList<>();
        for (ConfigCsv.Row row : table.rows()) {
            long line = row.line();
            String name = row.field(index.get("issue"));
            String issue = issues.get(name.toLowerCase(Locale.ROOT));
            if (issue == null) {
                throw new DataException(source, line, "unknown issue '" + name + "': not in the county matrix "
                        + matrix.source());
            }
            String written = row.field(index.get("dimension"));
            String dimension = matrix.dimensionKey(written);
            if (dimension == null) {
                throw new DataException(source, line, "unknown dimension '" + written + "' (the matrix has "
                        + String.join(", ", matrix.dimensions()) + ")");
            }
            int score = ConfigCsv.score(source, line, "score", row.field(index.get("score")));
            String reason = row.field(index.get("reason"));
            if (reason.isEmpty()) {
                throw new DataException(source, line, "column 'reason': every override needs a reason");
            }
            ScoreOverride first = seen.get(issue + "\u0000" + dimension);
            if (first != null) {
                throw new DataException(source, line, "duplicate override of '" + issue + "' " + dimension
                        + " (first on line " + first.line() + ")");
            }
            ScoreOverride override = new ScoreOverride(issue, dimension, matrix.rows().get(issue).score(dimension), score, reason, line);
            seen.put(issue + "\u0000" + dimension, override);
            overrides.add(override);
        }
        return new DistrictOverrides(source, overrides);
    }

    /**
     * @param issue an issue name
     * @return the overrides of that issue, in file order
     */
    public List<ScoreOverride> forIssue(String issue) {
        List<ScoreOverride> found = new ArrayList<>();
        for (ScoreOverride override : overrides) {
            if (override.issue().equals(issue)) {
                found.add(override);
            }
        }
        return found;
    }

    /**
     * @param row a county matrix row
     * @return the row's scores with this district's overrides applied, in the row's order
     */
    public Map<String, Integer> apply(MatrixRow row) {
        Map<String, Integer> scores = new LinkedHashMap<>(row.scores());
        for (ScoreOverride override : forIssue(row.issue())) {
            scores.put(override.dimension(), override.score());
        }
        return scores;
    }
}
