package org.cspstat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Repeated Crime IDs counted from sorted logs: the same as a set, however the rows are split into pieces. */
class IdLogTest {

    @Test
    void repeatsAreRowsLessDistinctValuesWhateverThePieces() {
        // values from a small range repeat often; large ones cover both signs and the unsigned order
        qt().withExamples(500)
                .forAll(lists().of(longs().between(-6, 6)).ofSizeBetween(0, 200),
                        lists().of(longs().all()).ofSizeBetween(0, 50), integers().between(1, 4))
                .checkAssert((small, large, pieces) -> {
                    List<Long> all = new ArrayList<>();
                    for (int i = 0; i < Math.max(small.size(), large.size()); i++) {
                        if (i < small.size()) {
                            all.add(small.get(i) * 0x1000_0000_0000_0001L); // spread over the buckets
                        }
                        if (i < large.size()) {
                            all.add(large.get(i));
                            all.add(large.get(i)); // every large value twice
                        }
                    }
                    Set<Long> distinct = new HashSet<>(all);
                    List<IdLog> logs = new ArrayList<>();
                    for (int k = 0; k < pieces; k++) {
                        logs.add(new IdLog());
                    }
                    for (int i = 0; i < all.size(); i++) {
                        logs.get(i * pieces / Math.max(1, all.size())).add(all.get(i));
                    }
                    if (pieces > 1) {
                        logs.get(0).sort(); // some pieces sorted on their thread, the others by repeats()
                    }
                    assertEquals(all.size() - distinct.size(), IdLog.repeats(logs));
                });
    }

    @Test
    void aRepeatAcrossPiecesCountsOnce() {
        IdLog a = new IdLog();
        IdLog b = new IdLog();
        a.add(7);
        a.add(-7);
        b.add(7);
        b.add(7);
        b.add(Long.MIN_VALUE);
        assertEquals(2, IdLog.repeats(List.of(a, b)));
        assertEquals(0, IdLog.repeats(List.of(new IdLog())));
    }
}
