package org.cspstat.trend;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cspstat.count.CountStore;
import org.cspstat.io.Dataset;
import org.cspstat.io.LoadOptions;
import org.cspstat.io.Loader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Out-of-sample backtests of the year-end projection on the real Hertfordshire months
 * (data.police.uk, January 2021 to January 2022, Open Government Licence v3.0): the ten districts
 * (LSOA name minus its code) by the fourteen police.uk categories, two twelve-month windows
 * (Jan–Dec 2021 and Feb 2021–Jan 2022). Each district's window is projected from its first k
 * months (k = 3 to 11) with each other district's window as "last year", and the 95% interval is
 * scored against the district's real total. With thirteen months there is no real "last year" of
 * the same district, so another district stands in for it: its seasonal shares and level differ
 * from the target's at least as much as a year's do (districts differ in town centres, students,
 * night-time economy), which makes this a hard test. The figures are in docs/trend.md.
 */
@Tag("real-data")
class YearEndProjectionRealBacktestTest {
    static final Path HERTS = Path.of("../../shared/data/police-uk/hertfordshire-2021-01-to-2022-01");
    private static final int[] MONTHS_KNOWN = {3, 4, 5, 6, 7, 8, 9, 10, 11};

    @Test
    void ninetyFivePercentIntervalsCoverAtLeastNinetyPercentOfRealYearEnds() {
        Dataset d = Loader.load(LoadOptions.builder().data(HERTS).build());
        CountStore s = d.counts();
        List<YearMonth> months = new ArrayList<>(s.months());
        Map<String, Map<String, long[]>> all = new TreeMap<>();
        s.forEachCount((category, month, area, count) -> {
            if (area < 0) {
                return;
            }
            String name = s.areas().get(area).name();
            String district = name.contains(" ") ? name.substring(0, name.lastIndexOf(' ')) : name;
            all.computeIfAbsent(s.categories().get(category).name(), c -> new TreeMap<>())
                    .computeIfAbsent(district, x -> new long[months.size()])[months.indexOf(month)] += count;
        });
        // the ten Hertfordshire districts: those with at least 5,000 incidents (neighbours' edge LSOAs have ~100)
        Map<String, Long> totals = new TreeMap<>();
        all.values().forEach(byDistrict -> byDistrict.forEach((district, c) -> totals.merge(district,
                java.util.Arrays.stream(c).sum(), Long::sum)));
        List<String> herts = totals.entrySet().stream().filter(e -> e.getValue() >= 5000).map(Map.Entry::getKey).toList();
        assertTrue(herts.size() == 10, herts.toString());
        List<YearEndProjectionBacktest.Outcome> outcomes = new ArrayList<>();
        for (int start = 0; start + 12 <= months.size(); start++) {
            Map<String, Map<String, long[]>> windows = new TreeMap<>();
            for (var e : all.entrySet()) {
                for (String district : herts) {
                    long[] c = e.getValue().getOrDefault(district, new long[months.size()]);
                    windows.computeIfAbsent(e.getKey(), x -> new TreeMap<>())
                            .put(district, java.util.Arrays.copyOfRange(c, start, start + 12));
                }
            }
            outcomes.addAll(YearEndProjectionBacktest.pairs(windows, MONTHS_KNOWN));
        }
        YearEndProjectionBacktest.Summary overall = YearEndProjectionBacktest.summary(outcomes);
        StringBuilder report = new StringBuilder("all: " + overall + "\n");
        for (int k : MONTHS_KNOWN) {
            report.append("k ").append(k).append(": ").append(YearEndProjectionBacktest.summary(
                    outcomes.stream().filter(o -> o.monthsKnown() == k).toList())).append('\n');
        }
        for (String category : all.keySet()) {
            report.append(category).append(": ").append(YearEndProjectionBacktest.summary(
                    outcomes.stream().filter(o -> o.category().equals(category)).toList())).append('\n');
        }
        System.out.println(report);
        assertTrue(overall.n() > 20_000, report.toString());
        assertTrue(overall.coverage() >= 0.90, report.toString());
        assertTrue(overall.medianRelativeWidth() < 0.5, report.toString());
    }
}
