package org.cspstat.trend;

import org.cspstat.error.ConfigurationException;
import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cspstat.compare.CategoryGroups;
import org.cspstat.compare.Issue;
import org.cspstat.count.CountStore;
import org.cspstat.io.Dataset;
import org.cspstat.period.Period;

/**
 * Monthly series, control charts and year-end projections for the issues of a dataset (All
 * crime, All ASB, user groups, categories), read from the count store. Each series runs from
 * twelve months before the period (the default control-chart baseline) to the period's end,
 * trimmed to the data; months without data are gaps, never zeros.
 */
public final class Trends {
    private Trends() {
    }

    /**
     * Analyses every issue, or the named ones.
     *
     * @param data the loaded data
     * @param period the period analysed (its months are checked for signals)
     * @param groups the partnership's category groups
     * @param names the issues to analyse; empty for all
     * @param kind the control chart
     * @return one analysis per issue, in table order
     * @throws org.cspstat.error.UsageException when a name is unknown
     * @throws ConfigurationException when the data do not cover the period (setting
     *     {@code period}) or the period has no earlier month for a baseline (setting {@code baseline})
     */
    public static List<TrendAnalysis> of(Dataset data, Period period, CategoryGroups groups, List<String> names,
            ControlChart.Kind kind) {
        requireNonNull(period, "period must not be null");
        CountStore store = data.counts();
        List<Issue> issues = groups.resolve(store, names);
        YearMonth first = period.from().minusMonths(12);
        if (!store.months().isEmpty() && first.isBefore(store.months().first())) {
            first = store.months().first();
        }
        YearMonth lastYearStart = org.cspstat.period.FinancialYear.containing(period.to()).minusYears(1).firstMonth();
        if (!store.months().isEmpty() && lastYearStart.isBefore(first) && !lastYearStart.isBefore(store.months().first())) {
            first = lastYearStart;
        }
        if (store.months().isEmpty() || period.from().isBefore(first)) {
            // a data condition, not a usage error: the series would start after the period does
            throw new ConfigurationException(ConfigurationException.PERIOD, period.label() + ": the data cover "
                    + (store.months().isEmpty() ? "no months" : store.months().first() + " to " + store.months().last())
                    + ", not " + period.from() + " (a missing month is not a zero): the data do not cover the period, "
                    + "so there is no trend to draw");
        }
        List<TrendAnalysis> out = new ArrayList<>();
        for (Issue issue : issues) {
            out.add(TrendAnalysis.of(series(store, issue, first, period.to()), kind, period.from(), period.to()));
        }
        return out;
    }

    /**
     * The monthly series of one issue.
     *
     * @param store the counts
     * @param issue the issue
     * @param first the first month
     * @param last the last month
     * @return the series with months without data marked as gaps
     */
    public static MonthlySeries series(CountStore store, Issue issue, YearMonth first, YearMonth last) {
        Map<YearMonth, Long> counts = new TreeMap<>();
        Set<YearMonth> gaps = new TreeSet<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            if (!store.hasData(m)) {
                gaps.add(m);
                continue;
            }
            long sum = 0;
            for (int c : issue.categories()) {
                sum += store.total(c, m);
            }
            counts.put(m, sum);
        }
        return MonthlySeries.of(issue.name(), first, last, counts, gaps);
    }

    /**
     * @param data the loaded data
     * @param groups the partnership's category groups
     * @return the issue names available, in table order
     */
    public static List<String> issueNames(Dataset data, CategoryGroups groups) {
        return groups.resolve(data.counts()).stream().map(Issue::name).toList();
    }

}
