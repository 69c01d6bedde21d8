package org.cspstat.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dense counts: merging threads' counts (rows taken over or added) gives every cell's total. */
class AreaCountsTest {

    @Test
    void mergingGivesTheSumOfEveryCell() {
        // each add is (category, month, place) drawn small so rows overlap, are disjoint, or differ in length
        qt().withExamples(300)
                .forAll(lists().of(integers().between(0, 3 * 5 * 40 - 1)).ofSizeBetween(0, 300),
                        lists().of(integers().between(0, 3 * 5 * 40 - 1)).ofSizeBetween(0, 300),
                        integers().between(1, 50), integers().between(1, 50))
                .checkAssert((first, second, length1, length2) -> {
                    Map<Long, Integer> expected = new HashMap<>();
                    AreaCounts a = fill(first, length1, expected);
                    AreaCounts b = fill(second, length2, expected);
                    a.addAll(b);
                    Map<Long, Integer> actual = new HashMap<>();
                    a.forEach((key, count) -> actual.put(key, count));
                    assertEquals(expected, actual);
                    for (Map.Entry<Long, Integer> e : expected.entrySet()) {
                        long k = e.getKey();
                        assertEquals((int) e.getValue(), a.get(Keys.category(k), Keys.month(k), (int) Keys.place(k)));
                    }
                });
    }

    private static AreaCounts fill(List<Integer> cells, int rowLength, Map<Long, Integer> expected) {
        AreaCounts counts = new AreaCounts(() -> rowLength);
        for (int cell : cells) {
            int category = cell / 200;
            int month = cell / 40 % 5;
            int place = cell % 40;
            counts.add(category, month, place, 1);
            expected.merge(Keys.pack(category, month, place), 1, Integer::sum);
        }
        return counts;
    }
}
