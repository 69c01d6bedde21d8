package org.cspstat.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cspstat.error.DataException;
import org.cspstat.io.Dataset;
import org.cspstat.io.LoadOptions;
import org.cspstat.io.Loader;
import org.cspstat.period.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CategoryGroupsTest {
    @TempDir
    Path dir;

    static Dataset sample;

    @BeforeAll
    static void load() {
        sample = Loader.load(LoadOptions.builder().sample().build());
    }

    private Path groups(String text) throws IOException {
        Path f = dir.resolve("groups.csv");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void listsBuiltInGroupsThenUserGroupsThenCategories() throws IOException {
        ComparisonResult r = Comparison.of(sample).current(Period.parse("2025/26:Q1-Q3"))
                .groups(CategoryGroups.read(groups("group,category\nViolent crime,Violence and sexual offences\n"
                        + "Violent crime,robbery\nViolent crime,Possession of weapons\n")))
                .run();
        List<String> names = r.rows().stream().map(ComparisonRow::category).toList();
        assertEquals(List.of("All crime", "All ASB", "Violent crime", "Anti-social behaviour", "Bicycle theft"),
                names.subList(0, 5));
        assertEquals(r.row("Violence and sexual offences").current() + r.row("Robbery").current()
                + r.row("Possession of weapons").current(), r.row("Violent crime").current());
        long crimes = org.cspstat.model.PoliceUkCategories.CURRENT.stream()
                .filter(c -> !c.equals(org.cspstat.model.PoliceUkCategories.ASB))
                .mapToLong(c -> r.row(c).current()).sum();
        assertEquals(crimes, r.row("All crime").current());
    }

    @Test
    void byCategoryAndAreaGivesEveryIssueInEveryAreaAdjustedTogether() {
        ComparisonResult r = Comparison.of(sample).current(Period.parse("2025/26:Q1-Q3"))
                .by(Grouping.CATEGORY_AREA).issues(List.of("Shoplifting", "Robbery")).run();
        long shoplifting = r.rows().stream().filter(x -> x.category().equals("Shoplifting"))
                .mapToLong(ComparisonRow::current).sum();
        ComparisonResult byCategory = Comparison.of(sample).current(Period.parse("2025/26:Q1-Q3")).run();
        long withoutLocation = byCategory.row("Shoplifting").current() - shoplifting;
        assertEquals(true, withoutLocation >= 0 && withoutLocation < 20, "only rows without location are missing");
        assertEquals(true, r.rows().stream().allMatch(x -> x.area() != null));
    }

    @Test
    void rejectsMalformedGroupFilesWithFileAndLine() throws IOException {
        Path bad = groups("group,category\nViolent crime\n");
        assertEquals(bad + ":2: expected 2 fields (group,category) but found 1",
                assertThrows(DataException.class, () -> CategoryGroups.read(bad)).getMessage());
        Path header = groups("name,type\n");
        assertEquals(header + ":1: expected the header 'group,category' but was 'name,type'",
                assertThrows(DataException.class, () -> CategoryGroups.read(header)).getMessage());
        Path unknown = groups("group,category\nMine,Cheese\n");
        assertEquals(unknown + ":2: unknown category 'Cheese': not a police.uk crime type and not in the data",
                assertThrows(DataException.class, () -> CategoryGroups.read(unknown).resolve(sample.counts())).getMessage());
        Path builtIn = groups("group,category\nAll crime,Robbery\n");
        assertEquals(builtIn + ":2: 'All crime' is a built-in group; choose another name",
                assertThrows(DataException.class, () -> CategoryGroups.read(builtIn)).getMessage());
    }
}
