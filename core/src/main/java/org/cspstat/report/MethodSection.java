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
                "Whether a change is real is tested with the exact test of equal Poisson rates (the conditional "
                        + "binomial test, as R's poisson.test), which gives the rate ratio, its exact 95% interval "
                        + "and a p-value. Because many categories and areas are tested at once, the p-values in each "
                        + "table are adjusted (" + r.adjustmentName() + ") across that table's rows.",
                "\"Significant\" means the adjusted p-value is below " + ChangeSection.trim(r.alpha())
                        + ": a change this large would rarely arise by chance if the underlying rate had not "
                        + "changed. \"No clear change\" does not mean no change: small counts can hide real ones, so "
                        + "the absolute change is shown too. The Poisson z-score 2(√a − √b) is given as a rough "
                        + "guide: beyond ±2 weak, beyond ±3 strong evidence.",
                "Monthly trends use XmR control limits (mean ± 2.66 × mean moving range) from the months before "
                        + "the current financial year; the projected year end scales this year to date by last "
                        + "year's pattern, with a 95% prediction interval. A month without data is a gap, never a zero."),
                List.of(), List.of(), List.of());
    }
}
