package org.cspstat.compare;

import static java.util.Objects.requireNonNull;

import org.cspstat.stats.Change;
import org.cspstat.stats.Verdict;

/**
 * One row of a comparison: an issue (and an area) in the current and the previous period.
 *
 * @param category the name, such as {@code All crime} or {@code Burglary}
 * @param area the area's label, or null when the comparison is not by area
 * @param areaCode the area's code, or null when the comparison is not by area
 * @param change the counts, rate ratio, exact interval, p-value and z-score
 * @param pAdjusted the p-value adjusted across the table (NaN when undefined)
 * @param verdict the plain-words verdict at the table's significance level
 * @param warning a warning to show with the row (months without data), or empty
 * @param residents the residents the rates are per (0 when no population was given or the area
 *     is not listed); when positive, the exposures are person-months
 */
public record ComparisonRow(String category, String area, String areaCode, Change change, double pAdjusted,
        Verdict verdict, String warning, long residents) {
    // validates the components
    public ComparisonRow {
        requireNonNull(category, "category must not be null");
        requireNonNull(change, "change must not be null");
        requireNonNull(verdict, "verdict must not be null");
        requireNonNull(warning, "warning must not be null");
    }

    /** @return the count in the current period */
    public long current() {
        return change.current();
    }

    /** @return the count in the previous period */
    public long previous() {
        return change.previous();
    }

    /** @return the percent change, NaN ("new") when the previous count is 0 */
    public double percentChange() {
        return change.percentChange();
    }

    /** @return the rate ratio, current over previous (exposure-adjusted) */
    public double rateRatio() {
        return change.comparison().rateRatio();
    }

    /**
     * @param current true for the current period, false for the previous one
     * @return incidents per 1,000 residents a year in that period, NaN without a population
     */
    public double ratePer1000(boolean current) {
        if (residents <= 0) {
            return Double.NaN;
        }
        var c = change.comparison();
        return current ? c.a() / c.t1() * 12_000 : c.b() / c.t2() * 12_000;
    }

    /** @return the exact two-sided p-value before adjustment */
    public double pValue() {
        return change.comparison().pValue();
    }
}
