package org.cspstat.report;

import java.util.List;
import org.cspstat.compare.ComparisonResult;

/** How the numbers were made and what "significant" means, in plain words. */
final class MethodSection {
    private MethodSection() {
    }

    static ReportSection of(ComparisonResult r) {
        return new ReportSection("method", "Method", List.of(
                "Counts are incidents recorded in the data for each month. Each period is compared with "
                        + r.previous().label() + " (the same months a year earlier unless chosen otherwise), "
                        + "which also controls for the season.",
                "Whether a change is real is tested month by month: each month of the current period is paired "
                        + "with the same calendar month of the previous one, and only months with data in both are "
                        + "compared (" + r.monthsCompared() + "). Monthly police counts usually vary more than "
                        + "pure chance (Poisson variation) would make them; that extra variation (the dispersion φ, "
                        + "estimated from each row's monthly counts) widens the test and interval (quasi-Poisson). "
                        + "Where the months show none (φ ≤ 1) the exact test of equal Poisson rates is used (the "
                        + "conditional binomial test with its exact interval, as R's poisson.test); the quasi-Poisson "
                        + "test is never less cautious than the exact one.",
                "Many rows are tested at once, so the p-values are adjusted (" + r.adjustmentName() + ") within two "
                        + "separate families: the headline rows (All crime, All ASB and any groups) and the categories. "
                        + "A row with no incidents in either period is not tested (\"no incidents\"); a row with "
                        + "exactly the same data as another (All ASB when anti-social behaviour is its only source) is "
                        + "tested once. The interval beside each verdict is adjusted the same way, so a change is "
                        + "called significant exactly when its interval excludes a rate ratio of 1.",
                "\"Significant\" means the adjusted p-value is below " + ChangeSection.trim(r.alpha())
                        + ": a change this large would rarely arise by chance if the underlying rate had not "
                        + "changed. \"No clear change\" does not mean no change: small counts can hide real ones, so "
                        + "the absolute change is shown too. The percent change is the change in the monthly rate "
                        + "(the rate ratio minus 1), so it always agrees with the rate ratio.",
                "Monthly trends use XmR control limits (mean ± 2.66 × mean moving range) from the months before "
                        + "the current financial year; the projected year end scales this year to date by last "
                        + "year's pattern, with a 95% prediction interval. A month without data is a gap, never a zero."),
                List.of(), List.of(), List.of());
    }
}
