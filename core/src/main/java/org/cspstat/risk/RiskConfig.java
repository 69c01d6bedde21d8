package org.cspstat.risk;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Set;
import org.cspstat.error.DataException;

/**
 * Everything that scores issues: the county matrix, the settings and the district overrides.
 *
 * @param matrix the county matrix
 * @param settings the weights, thresholds and rules
 * @param overrides the district's overrides of matrix scores, possibly none
 */
public record RiskConfig(RiskMatrix matrix, RiskSettings settings, DistrictOverrides overrides) {

    /**
     * Validates that the overrides fit the matrix.
     *
     * @param matrix the county matrix
     * @param settings the weights, thresholds and rules
     * @param overrides the district's overrides of matrix scores, possibly none
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an override names an issue or dimension the matrix lacks
     */
    public RiskConfig {
        requireNonNull(matrix, "matrix must not be null");
        requireNonNull(settings, "settings must not be null");
        requireNonNull(overrides, "overrides must not be null");
        for (ScoreOverride o : overrides.overrides()) {
            if (!matrix.contains(o.issue()) || !matrix.dimensions().contains(o.dimension())) {
                throw new IllegalArgumentException("override of " + o.issue() + " " + o.dimension()
                        + " does not fit the matrix " + matrix.source());
            }
        }
    }

    /** @return the bundled ILLUSTRATIVE matrix with the default settings and no overrides */
    public static RiskConfig bundled() {
        RiskMatrix matrix = RiskMatrix.bundled();
        return new RiskConfig(matrix, RiskSettings.defaults(matrix.dimensions()), DistrictOverrides.none());
    }

    /**
     * Loads a configuration from files; each may be null to use the bundled matrix, the
     * default settings or no overrides.
     *
     * @param matrix the county matrix CSV, or null for the bundled one
     * @param settings the settings CSV, or null for the defaults
     * @param overrides the district override CSV, or null for none
     * @param knownIssues the issue names a matrix may use (see {@link Issues#with(java.util.List)})
     * @return the configuration
     * @throws DataException {@code file:line: reason} for the first problem found in a file
     */
    public static RiskConfig load(Path matrix, Path settings, Path overrides, Set<String> knownIssues) {
        RiskMatrix m = matrix == null ? RiskMatrix.bundled() : RiskMatrix.load(matrix, knownIssues);
        RiskSettings s = settings == null ? RiskSettings.defaults(m.dimensions()) : RiskSettings.load(settings, m.dimensions());
        DistrictOverrides o = overrides == null ? DistrictOverrides.none() : DistrictOverrides.load(overrides, m);
        return new RiskConfig(m, s, o);
    }

    /**
     * @param overrides a district's overrides of this matrix
     * @return this configuration with those overrides instead of its own
     */
    public RiskConfig withOverrides(DistrictOverrides overrides) {
        return new RiskConfig(matrix, settings, overrides);
    }
}
