package org.cspstat.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cspstat.error.DataException;

/**
 * Fuzzes the action plan reader ({@code --action-plan}): any bytes give a plan whose completion
 * counts add up (the last row, all themes, counts every action once), or a {@link DataException}
 * naming the file. Seeds: {@code ActionPlanFuzzTestInputs/anyBytes/}.
 */
class ActionPlanFuzzTest {
    private static Path file;

    @FuzzTest(maxDuration = "10s")
    void anyBytes(byte[] bytes) throws IOException {
        Path f = scratch(bytes);
        ActionPlan plan;
        try {
            plan = ActionPlan.read(f);
        } catch (DataException e) {
            assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
            return;
        }
        List<ActionPlan.Completion> c = plan.completion();
        ActionPlan.Completion all = c.get(c.size() - 1);
        assertEquals(ActionPlan.ALL_THEMES, all.theme());
        assertEquals(plan.actions().size(), all.total());
        long themes = c.subList(0, c.size() - 1).stream().mapToLong(ActionPlan.Completion::total).sum();
        assertEquals(all.total(), themes, "themes add up to all themes");
        all.percent();
    }

    private static synchronized Path scratch(byte[] bytes) throws IOException {
        if (file == null) {
            file = Files.createTempFile("cspstat-fuzz-plan", ".csv");
            file.toFile().deleteOnExit();
        }
        Files.write(file, bytes);
        return file;
    }
}
