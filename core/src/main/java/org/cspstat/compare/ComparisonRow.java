package org.cspstat.compare;

import static java.util.Objects.requireNonNull;

import org.cspstat.stats.Change;
import org.cspstat.stats.RateTest;
import org.cspstat.stats.Verdict;

/**
 * One row of a comparison: an issue (and an area) in the current and the previous period.
 *
 * @param category the name, such as {@code All crime} or {@code Burglary}
 * @param area the area's label, or null when the comparison is not by area
 * @param areaCode the area's code, or null when the comparison is not by area
 * @param change the counts and the exact comparison (R's {@code poisson.test}) at the row's
 *     interval level, and Wheeler's z-score
 * @param test the test behind the verdict: exact Poisson, or quasi-Poisson when the monthly
 *     counts are over-dispersed
 * @param family the family the row is adjusted in: {@link ComparisonResult#HEADLINES} or
 *     {@link ComparisonResult#CATEGORIES}
 * @param pValue the test's two-sided p-value before adjustment (NaN when not tested)
 * @param pAdjusted the p-value adjusted across the row's family (NaN when not tested)
 * @param low the lower end of the interval for the rate ratio at {@code level} (NaN when not tested)
 * @param high the upper end of that interval
 * @param level the interval's confidence level: the family's adjusted level, so that the interval
 *     excludes 1 exactly when the verdict is significant (NaN when not tested)
 * @param verdict the plain-words verdict at the table's significance level
 * @param sameAs the name of an earlier row with the same data, whose test this row shares, or empty
 * @param warning a warning to show with the row (months without data), or empty
 * @param residents the residents the rates are per (0 when no population was given or the area
 *     is not listed); when positive, the exposures are person-months
 * @param lsoas without a population file, the number of LSOAs (with data) making up a ward or
 *     district row, for counts per LSOA as a proxy for residents; 0 when not applicable (a
 *     population file, rows by category, LSOA rows, named places, LSOAs not in the lookup)
 */
public record ComparisonRow(String category, String area, String areaCode, Change change, RateTest test,
        String family, double pValue, double pAdjusted, double low, double high, double level, Verdict verdict,
        String sameAs, String warning, long residents, int lsoas) {
    /**
     * A row without an LSOA count (no per-LSOA proxy).
     *
     * @param category see the record
     * @param area see the record
     * @param areaCode see the record
     * @param change see the record
     * @param test see the record
     * @param family see the record
     * @param pValue see the record
     * @param pAdjusted see the record
     * @param low see the record
     * @param high see the record
     * @param level see the record
     * @param verdict see the record
     * @param sameAs see the record
     * @param warning see the record
     * @param residents see the record
     */
    public ComparisonRow(String category, String area, String areaCode, Change change, RateTest test,
            String family, double pValue, double pAdjusted, double low, double high, double level, Verdict verdict,
            String sameAs, String warning, long residents) {
        this(category, area, areaCode, change, test, family, pValue, pAdjusted, low, high, level, verdict,
                sameAs, warning, residents, 0);
    }

    // validates the components
    public ComparisonRow {
        requireNonNull(category, "category must not be null");
        requireNonNull(change, "change must not be null");
        requireNonNull(verdict, "verdict must not be null");
        requireNonNull(test, "test must not be null");
        requireNonNull(family, "family must not be null");
        requireNonNull(sameAs, "sameAs must not be null");
        requireNonNull(warning, "warning must not be null");
        if (lsoas < 0) {
            throw new IllegalArgumentException("lsoas must not be negative");
        }
    }

    /** @return the count in the current period */
    public long current() {
        return change.current();
    }

    /** @return the count in the previous period */
    public long previous() {
        return change.previous();
    }

    /**
     * @return the percent change in the rate, {@code 100 (rateRatio − 1)}, so it always agrees with
     *     the rate ratio; NaN ("new") when the previous count is 0
     */
    public double percentChange() {
        return test.percentChange();
    }

    /** @return the rate ratio, current over previous (exposure-adjusted) */
    public double rateRatio() {
        return test.rateRatio();
    }

    /** @return true when the row's interval excludes 1 (always the same as a significant verdict) */
    public boolean intervalExcludesOne() {
        return low > 1 || high < 1;
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

    /**
     * Incidents per LSOA over the period: a proxy for a rate per resident when no population file
     * is given (LSOAs are built to hold 1,000 to 3,000 residents). Never a rate per resident.
     *
     * @param current true for the current period, false for the previous one
     * @return the period's count divided by {@link #lsoas()}, NaN when there is no LSOA count
     */
    public double perLsoa(boolean current) {
        if (lsoas <= 0) {
            return Double.NaN;
        }
        return (double) (current ? current() : previous()) / lsoas;
    }
}
