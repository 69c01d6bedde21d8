package org.cspstat.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.cspstat.count.CountStore;
import org.cspstat.io.LoadOptions;
import org.cspstat.io.Loader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The placebo on real police.uk months (Hertfordshire, January 2021 to January 2022): a comparison
 * in which nothing changed, so about 5% of rows should come out with p &lt; 0.05, and at most 8%.
 *
 * <p>The data hold only one year (and a month), so the placebo cannot swap months between two
 * real years. Instead the twelve months of 2021 are cut into six pairs of neighbouring months
 * (January–February, March–April, ..., November–December), which share their season as the same
 * calendar month of two years would; in each pair a coin decides which month goes to the
 * pseudo-current period and which to the pseudo-previous one. That gives two six-month periods,
 * paired month by month, between which nothing changed but chance; each unit is a district
 * (the LSOA name without its code, e.g. {@code Stevenage}) and a category. 200 random
 * assignments per unit; the share of (unit, assignment) rows with p &lt; 0.05 is measured for the
 * test used by {@code compare} and for the exact Poisson test alone. Figures in docs/stats.md.
 */
@Tag("real-data")
class PlaceboRealDataTest {

    @Test
    void monthsSwappedAtRandomGiveAtMostEightPercentSignificant() {
        CountStore store = Loader.load(LoadOptions.builder()
                .data(Path.of("../../shared/data/police-uk/hertfordshire-2021-01-to-2022-01")).build()).counts();
        // monthly counts by (district, category) for 2021
        Map<String, long[]> series = new TreeMap<>();
        store.forEachCount((category, month, area, count) -> {
            if (area < 0 || month.getYear() != 2021) {
                return;
            }
            String name = store.areas().get(area).name();
            String district = name.replaceAll("\\s+\\d{3}[A-Z]$", "");
            series.computeIfAbsent(district + " | " + store.categories().get(category).name(), k -> new long[12])
                    [month.getMonthValue() - 1] += count;
        });
        Random random = new Random(13);
        int rows = 0;
        int honest = 0;
        int exact = 0;
        int quasiRows = 0;
        java.util.List<Double> phis = new java.util.ArrayList<>();
        for (long[] months : series.values()) {
            long total = 0;
            for (long m : months) {
                total += m;
            }
            if (total < 12) {
                continue; // fewer than one a month: too sparse to say anything either way
            }
            phis.add(Dispersion.of(slice(months, 0), slice(months, 1), true).phi());
            for (int rep = 0; rep < 200; rep++) {
                long[] current = new long[6];
                long[] previous = new long[6];
                for (int pair = 0; pair < 6; pair++) {
                    boolean swap = random.nextBoolean();
                    current[pair] = months[2 * pair + (swap ? 1 : 0)];
                    previous[pair] = months[2 * pair + (swap ? 0 : 1)];
                }
                RateTest t = RateTest.of(current, previous, true, 1);
                rows++;
                honest += t.pValue() < 0.05 ? 1 : 0;
                exact += t.exactCentralP() < 0.05 ? 1 : 0;
                quasiRows += t.method() == RateTest.Method.QUASI_POISSON ? 1 : 0;
            }
        }
        phis.sort(null);
        double share = (double) honest / rows;
        System.out.printf("real-data placebo: %d units, %d rows; p<0.05: %.4f (exact Poisson alone %.4f); "
                        + "quasi-Poisson used in %.3f of rows; median dispersion (6 pairs, 2021) %.2f%n",
                phis.size(), rows, share, (double) exact / rows, (double) quasiRows / rows, phis.get(phis.size() / 2));
        assertTrue(share <= 0.08, "share of placebo rows significant: " + share);
    }

    private static long[] slice(long[] months, int offset) {
        long[] out = new long[6];
        for (int i = 0; i < 6; i++) {
            out[i] = months[2 * i + offset];
        }
        return out;
    }

}
