package org.cspstat.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cspstat.error.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample plan (sample-data/action-plan): 42 actions, 41 complete, the seed's case. */
class ActionPlanTest {
    @TempDir
    Path dir;

    @Test
    void fortyOneOfFortyTwoIsNinetySevenPointSixNotNinetyNine() {
        ActionPlan plan = ActionPlan.read(Path.of("../sample-data/action-plan/action-plan.csv"));
        List<ActionPlan.Completion> c = plan.completion();
        ActionPlan.Completion all = c.get(c.size() - 1);
        assertEquals(ActionPlan.ALL_THEMES, all.theme());
        assertEquals(42, all.total());
        assertEquals(41, all.count(ActionPlan.Status.COMPLETE));
        // 41/42 = 0.976190..., 97.6% to one decimal
        assertEquals("97.6", all.percent().toPlainString());
        assertEquals("41 of 42 (97.6%)", all.words());
        ActionPlan.Completion da = c.stream().filter(x -> x.theme().equals("Domestic abuse")).findFirst().orElseThrow();
        // 6/7 = 0.857142..., 85.7%
        assertEquals("85.7", da.percent().toPlainString());
        assertEquals(List.of("Domestic abuse"), da.evidence());
        assertEquals(List.of("All themes", "42", "41", "0", "1", "0", "97.6", ""), plan.cells().get(c.size() - 1));
    }

    @Test
    void roundingIsHalfUpOnTheExactFraction() throws Exception {
        Path f = dir.resolve("plan.csv");
        // 1 of 8 = 12.5% exactly; 1 of 16 = 6.25% -> 6.3 (half up); 2 of 3 = 66.666...% -> 66.7
        StringBuilder s = new StringBuilder("Theme,Action,Lead,Expected outcome,Status\n");
        s.append("A,a,l,o,Complete\n");
        for (int i = 0; i < 15; i++) {
            s.append("A,a").append(i).append(",l,o,On track\n");
        }
        s.append("B,b1,l,o,complete\nB,b2,l,o,COMPLETE\nB,b3,l,o,not started\n");
        Files.writeString(f, s);
        List<ActionPlan.Completion> c = ActionPlan.read(f).completion();
        assertEquals("6.3", c.get(0).percent().toPlainString());
        assertEquals("66.7", c.get(1).percent().toPlainString());
        assertEquals("15.8", c.get(2).percent().toPlainString()); // 3 of 19 = 15.789...
    }

    @Test
    void badLinesNameTheFileAndLine() throws Exception {
        Path f = dir.resolve("plan.csv");
        Files.writeString(f, "theme,action,lead,expected outcome,status\nA,a,l,o,done\n");
        DataException e = assertThrows(DataException.class, () -> ActionPlan.read(f));
        assertTrue(e.getMessage().startsWith(f + ":2: column 'status': expected complete, on track"), e.getMessage());
        Files.writeString(f, "theme,action,status\n");
        e = assertThrows(DataException.class, () -> ActionPlan.read(f));
        assertTrue(e.getMessage().contains("missing column 'lead'"), e.getMessage());
    }
}
