package org.cspstat.hotspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Laws that hold for any input, checked on generated data. */
class LawsTest {

    @Test
    void giStarZScoresDoNotChangeWhenCountsAreShiftedOrScaled() {
        // z_i = (L_i - mean*W_i) / (S * ...): adding c adds c*W_i to L_i and c to the mean;
        // multiplying by a scales numerator and S alike.
        qt().withExamples(200).forAll(lists().of(integers().between(0, 30)).ofSize(20),
                integers().between(1, 9), integers().between(0, 9)).checkAssert((xs, a, c) -> {
                    double[][] base = new double[4][5];
                    double[][] moved = new double[4][5];
                    for (int i = 0; i < 20; i++) {
                        base[i / 5][i % 5] = xs.get(i);
                        moved[i / 5][i % 5] = a * xs.get(i) + c;
                    }
                    GiStar g = GiStar.of(base);
                    GiStar h = GiStar.of(moved);
                    for (int r = 0; r < 4; r++) {
                        for (int col = 0; col < 5; col++) {
                            assertEquals(g.z(r, col), h.z(r, col), 1e-9);
                        }
                    }
                });
    }

    @Test
    void concentrationDoesNotDependOnTheOrderOfAreas() {
        qt().withExamples(200).forAll(lists().of(integers().between(0, 100)).ofSizeBetween(1, 60),
                integers().allPositive()).checkAssert((xs, seed) -> {
                    List<Integer> shuffled = new ArrayList<>(xs);
                    Collections.shuffle(shuffled, new Random(seed));
                    assertEquals(Concentration.of(toLongs(xs)), Concentration.of(toLongs(shuffled)));
                });
    }

    @Test
    void giniStaysBetweenZeroAndItsMaximum() {
        qt().withExamples(200).forAll(lists().of(integers().between(0, 100)).ofSizeBetween(1, 60))
                .assuming(xs -> xs.stream().anyMatch(x -> x > 0))
                .check(xs -> {
                    double g = Concentration.of(toLongs(xs)).gini();
                    return g >= -1e-12 && g <= (xs.size() - 1.0) / xs.size() + 1e-12;
                });
    }

    private static long[] toLongs(List<Integer> xs) {
        return xs.stream().mapToLong(Integer::longValue).toArray();
    }
}
