package org.cspstat.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PrioritiesPropertyTest {

    private static final RiskConfig BUNDLED = RiskConfig.bundled();

    /** Evidence for the 14 categories from 28 counts; significant when |z| = 2|√a − √b| > 3 (Wheeler). */
    private static List<IssueEvidence> evidence(List<Integer> counts) {
        List<IssueEvidence> evidence = new ArrayList<>();
        for (int i = 0; i < Issues.POLICE_UK_CATEGORIES.size(); i++) {
            int a = counts.get(2 * i);
            int b = counts.get(2 * i + 1);
            boolean significant = Math.abs(2 * (Math.sqrt(a) - Math.sqrt(b))) > 3;
            evidence.add(Fixture.evidence(Issues.POLICE_UK_CATEGORIES.get(i), a, b, significant ? 0.001 : 0.5,
                    significant));
        }
        return evidence;
    }

    @Test
    void rankingDoesNotDependOnInputOrder() {
        // counts from a narrow range make ties in score, impact, harm and count common
        qt().withExamples(300).forAll(lists().of(integers().between(0, 40)).ofSize(28), longs().all())
                .checkAssert((counts, seed) -> {
                    List<IssueEvidence> evidence = evidence(counts);
                    List<IssueEvidence> shuffled = new ArrayList<>(evidence);
                    Collections.shuffle(shuffled, new Random(seed));
                    assertEquals(Priorities.rank(BUNDLED, evidence), Priorities.rank(BUNDLED, shuffled));
                });
    }

    @Test
    void everyExplanationStatesTheNumbersBehindItsScore() {
        qt().withExamples(200).forAll(lists().of(integers().between(0, 3000)).ofSize(28))
                .checkAssert(counts -> Priorities.rank(BUNDLED, evidence(counts)).items()
                        .forEach(ExplanationCheck::assertStatesItsNumbers));
    }
}
