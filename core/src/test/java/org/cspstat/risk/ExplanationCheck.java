package org.cspstat.risk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Asserts that an explanation states every number behind its item's score. */
final class ExplanationCheck {

    private ExplanationCheck() {
    }

    static void assertStatesItsNumbers(Priority p) {
        String text = p.explanation();
        List<String> expected = new ArrayList<>();
        expected.add(p.issue() + ": likelihood " + p.likelihood() + " (");
        expected.add("volume band " + p.likelihoodBasis().volumeBand() + ":");
        expected.add(String.format(Locale.ROOT, "trend %+d", p.likelihoodBasis().trendStep()));
        expected.add("impact " + p.impact() + " (");
        expected.add(" = " + new BigDecimal(p.score()).stripTrailingZeros().toPlainString() + ", " + p.band());
        expected.add("(" + p.evidence().current() + " vs " + p.evidence().previous() + ")");
        expected.add(new BigDecimal(p.impactMean()).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + ")");
        for (Map.Entry<String, Integer> d : p.dimensions().entrySet()) {
            expected.add(d.getKey().replace('_', ' ') + " " + d.getValue());
        }
        for (ScoreOverride o : p.overrides()) {
            expected.add(o.dimension().replace('_', ' ') + " " + o.countyScore() + " \u2192 " + o.score()
                    + " (" + o.reason() + ")");
        }
        for (String part : expected) {
            assertTrue(text.contains(part), () -> "'" + text + "' lacks '" + part + "'");
        }
    }
}
