package org.cspstat.timeofday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.List;
import org.cspstat.compare.CategoryGroups;
import org.cspstat.count.CountStore;
import org.cspstat.io.AreaSelection;
import org.cspstat.io.Dataset;
import org.cspstat.io.ExportMapping;
import org.cspstat.io.LoadOptions;
import org.cspstat.io.Loader;
import org.cspstat.period.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Times of day from a mapped export: kept by weekday and hour, a date alone counted as "time not
 * recorded" (never midnight), police.uk rows counted apart, every row accounted for.
 *
 * <p>Weekdays by hand (a calendar): 1 April 2024 was a Monday, 5 April 2024 a Friday, 6 April
 * 2024 a Saturday.
 *
 * <p>The Stevenage council sample's figures come from an independent count of the file (Python,
 * csv and datetime modules only; Monday = 0):
 * <pre>
 * rows = list(csv.DictReader(open('sample-data/council-asb-stevenage/asb-cases.csv', encoding='utf-8')))
 * jan = [r for r in rows if r['Date Reported'][3:10] == '01/2022']          # 167
 * no time (a date of 10 characters): 7; with a time: 160
 * by weekday Mon..Sun: 24 14 20 10 26 32 34; Friday 21:00: 2; Monday 10:00: 2; Saturday 22:00: 0
 * Youth nuisance: 13 (all with a time); Domestic Abuse = Y: 12 (all with a time), each in a weekday-hour
 *   cell of its own; by hour, 10, 15 and 19 have 2 each (the most); by weekday, Sunday 4 (the most)
 * police.uk 'Anti-social behaviour' rows in Stevenage LSOAs, 2022-01: 173 (awk over the street file)
 * </pre>
 */
class TimeOfDayTest {
    @TempDir
    Path dir;

    static final List<String> MAPPING = List.of(
            "[file]", "name = Test council",
            "[columns]", "id = Ref", "date = Reported", "date format = dd/MM/yyyy HH:mm", "category = Type",
            "[flags]", "DA = Y -> Domestic abuse");
    static final Period APRIL = Period.of(YearMonth.of(2024, 4), YearMonth.of(2024, 4));

    private Dataset load(String... rows) throws IOException {
        Path f = dir.resolve("export.csv");
        Files.writeString(f, "Ref,Reported,Type,DA\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return Loader.load(LoadOptions.builder().data(f).mapping(ExportMapping.parse("m", MAPPING)).build());
    }

    @Test
    void countsByWeekdayAndHourAndADateAloneIsNotMidnight() throws IOException {
        Dataset d = load("A1,01/04/2024 11:31,Noise,N",
                "A2,01/04/2024 11:59,Noise,Y",
                "A3,05/04/2024 22:05,Noise,N",
                "A4,06/04/2024 00:00,Noise,N",
                "A5,06/04/2024,Noise,N",
                "A6,31/04/2024,Noise,N",
                "A7,06/04/2024 25:00,Noise,N");
        assertTrue(d.counts().hasTimesOfDay());
        TimeOfDay t = TimeOfDay.of(d.counts(), CategoryGroups.builtIn(), "All ASB", APRIL);
        assertEquals(2, t.count(DayOfWeek.MONDAY, 11));
        assertEquals(1, t.count(DayOfWeek.FRIDAY, 22));
        assertEquals(1, t.count(DayOfWeek.SATURDAY, 0), "00:00 written is midnight");
        assertEquals(4, t.timed());
        assertEquals(1, t.notRecorded(), "06/04/2024 without a time is not midnight");
        assertEquals(0, t.withoutTime());
        assertEquals(5, t.total());
        assertTrue(t.summary().contains("The busiest hour of the week was Monday 11:00–12:00 (2)"), t.summary());
        TimeOfDay da = TimeOfDay.of(d.counts(), CategoryGroups.builtIn(), "Domestic abuse", APRIL);
        assertEquals(1, da.count(DayOfWeek.MONDAY, 11));
        assertEquals(1, da.total());
        // every row accounted for: two bad dates rejected with file:line: reason
        assertEquals(7, d.quality().rowsRead());
        assertEquals(5, d.quality().accepted());
        assertEquals(List.of("export.csv:7: column 'Reported': expected dd/MM/yyyy HH:mm (or dd/MM/yyyy for a date "
                + "alone) but was '31/04/2024'", "export.csv:8: column 'Reported': expected dd/MM/yyyy HH:mm (or "
                + "dd/MM/yyyy for a date alone) but was '06/04/2024 25:00'"),
                d.quality().rejects().stream().map(Object::toString).toList());
        // the table's lines add up to every incident
        long sum = t.cells().stream().mapToLong(r -> Long.parseLong(r.get(r.size() - 1))).sum();
        assertEquals(t.total(), sum);
    }

    @Test
    void aFormatWithoutAnHourKeepsNoTimes() throws IOException {
        Path f = dir.resolve("monthly.csv");
        Files.writeString(f, "Ref,Reported,Type\nA1,2024-04,Noise\n", StandardCharsets.UTF_8);
        Dataset d = Loader.load(LoadOptions.builder().data(f).mapping(ExportMapping.parse("m", List.of("[columns]",
                "date = Reported", "date format = yyyy-MM", "category = Type"))).build());
        assertFalse(d.counts().hasTimesOfDay());
        TimeOfDay t = TimeOfDay.of(d.counts(), CategoryGroups.builtIn(), "All ASB", APRIL);
        assertEquals(0, t.timed());
        assertEquals(1, t.withoutTime());
        assertEquals(List.of(), TimeOfDay.issuesWithTimes(d.counts(), APRIL, 8));
    }

    @Test
    void datePartsOfDateTimeFormats() {
        assertEquals("dd/MM/yyyy", ExportMapping.parse("m", mapping("dd/MM/yyyy HH:mm")).dateOnlyFormatter()
                .map(x -> "dd/MM/yyyy").orElse("none"));
        assertTrue(ExportMapping.parse("m", mapping("yyyy-MM-dd'T'HH:mm:ss")).hasTimeOfDay());
        assertTrue(ExportMapping.parse("m", mapping("yyyy-MM-dd'T'HH:mm:ss")).dateOnlyFormatter().orElseThrow()
                .parse("2024-04-01") != null);
        assertTrue(ExportMapping.parse("m", mapping("dd/MM/yyyy h:mm a")).hasTimeOfDay());
        assertFalse(ExportMapping.parse("m", mapping("dd/MM/yyyy hh:mm")).hasTimeOfDay(),
                "a 12-hour clock without am/pm gives no hour of the day");
        assertFalse(ExportMapping.parse("m", mapping("yyyy-MM")).hasTimeOfDay());
        assertFalse(ExportMapping.parse("m", mapping("dd/MM/yyyy")).hasTimeOfDay());
        assertFalse(ExportMapping.parse("m", mapping("MM/yyyy HH")).hasTimeOfDay(), "an hour without a day");
    }

    private static List<String> mapping(String pattern) {
        return List.of("[columns]", "date = D", "date format = " + pattern, "category = C");
    }

    @Test
    void stevenageCouncilAndPoliceTogether() {
        Dataset d = Loader.load(LoadOptions.builder().selection(AreaSelection.namePrefix("Stevenage"))
                .source(Path.of("../sample-data/stevenage-2021-01-to-2022-01"), null)
                .source(Path.of("../sample-data/council-asb-stevenage/asb-cases.csv"),
                        ExportMapping.read(Path.of("../sample-data/council-asb-stevenage/mapping.txt"))).build());
        Period jan = Period.of(YearMonth.of(2022, 1), YearMonth.of(2022, 1));
        CountStore s = d.counts();
        TimeOfDay asb = TimeOfDay.of(s, CategoryGroups.builtIn(), "All ASB", jan);
        assertEquals(160, asb.timed());
        assertEquals(7, asb.notRecorded());
        assertEquals(173, asb.withoutTime(), "police.uk ASB: the month only");
        assertEquals(List.of(24L, 14L, 20L, 10L, 26L, 32L, 34L),
                java.util.Arrays.stream(DayOfWeek.values()).map(asb::dayTotal).toList());
        assertEquals(2, asb.count(DayOfWeek.FRIDAY, 21));
        assertEquals(2, asb.count(DayOfWeek.MONDAY, 10));
        assertEquals(0, asb.count(DayOfWeek.SATURDAY, 22));
        assertEquals(13, TimeOfDay.of(s, CategoryGroups.builtIn(), "Youth-related ASB", jan).timed());
        TimeOfDay da = TimeOfDay.of(s, CategoryGroups.builtIn(), "Domestic abuse", jan);
        assertEquals(12, da.timed());
        // Python as above, Domestic Abuse = Y with a time: 12 cells of 1; hours 10, 15 and 19 have 2 each;
        // Sunday 4: no single hour is called the busiest, and the tie is named
        assertTrue(da.summary().contains("No single hour of the week stands out (12 hours have the most, 1 each)"),
                da.summary());
        assertEquals("10:00–11:00, 15:00–16:00 and 19:00–20:00 (tie)", da.busiestHoursWords());
        assertEquals("Sunday", da.busiestDaysWords());
        List<String> issues = TimeOfDay.issuesWithTimes(s, jan, 8);
        assertEquals("All ASB", issues.get(0));
        assertEquals(List.of("Domestic abuse", "Hate crime"), issues.subList(1, 3), "flag categories next");
        assertEquals(8, issues.size());
        assertTrue(asb.summary().contains("police.uk publishes the month only"), asb.summary());
    }
}
