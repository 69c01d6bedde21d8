package org.cspstat.report;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cspstat.compare.CategoryGroups;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.io.Dataset;
import org.cspstat.period.Period;
import org.cspstat.timeofday.TimeOfDay;

/**
 * When: each issue's incidents by weekday and hour, from the sources whose dates carry a time; with
 * none (police.uk alone), one plain sentence instead of an empty chart.
 */
final class TimeOfDaySection {
    /** The most issues charted. */
    static final int MAX_CHARTS = 8;
    /** Chart file stems begin with this. */
    static final String PREFIX = "time-of-day-";

    private TimeOfDaySection() {
    }

    static ReportSection of(Dataset data, ComparisonResult byCategory) {
        Period now = byCategory.current();
        List<String> issues = TimeOfDay.issuesWithTimes(data.counts(), now, MAX_CHARTS);
        if (issues.isEmpty()) {
            String none = data.counts().hasTimesOfDay() ? " No incident of " + now.label() + " has a time of day."
                    : " None of the data's sources gives a time of day. An export with times (a council case "
                            + "system's date and time reported, read with --mapping) gives an hour × weekday table here.";
            return new ReportSection("time-of-day", "When: time of day", List.of(
                    TimeOfDay.POLICE_MONTH_ONLY + "." + none), List.of(), List.of(), List.of());
        }
        Map<String, String> stems = FileStems.of(issues);
        List<ChartData> charts = new ArrayList<>();
        List<String> points = new ArrayList<>();
        List<List<String>> display = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        List<String> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(String.format(Locale.ROOT, "%02d", h));
        }
        List<String> days = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            days.add(d.getDisplayName(TextStyle.SHORT, Locale.UK));
        }
        for (String issue : issues) {
            TimeOfDay t = TimeOfDay.of(data.counts(), CategoryGroups.builtIn(), issue, now);
            List<List<Long>> grid = new ArrayList<>();
            for (DayOfWeek d : DayOfWeek.values()) {
                List<Long> row = new ArrayList<>();
                for (int h = 0; h < 24; h++) {
                    row.add(t.count(d, h));
                }
                grid.add(row);
            }
            String note = String.format(Locale.ROOT, "%,d with a time", t.timed())
                    + (t.notRecorded() == 0 ? "" : String.format(Locale.ROOT, "; time not recorded: %,d", t.notRecorded()))
                    + (t.withoutTime() == 0 ? "" : String.format(Locale.ROOT, "; no time (police.uk publishes the month "
                            + "only): %,d", t.withoutTime()));
            charts.add(new HeatChartData(PREFIX + stems.get(issue), t.issue() + " by weekday and hour, " + now.label(),
                    hours, "Hour of the day (21 = 21:00–21:59)", days, "Weekday", grid, note, sourceOf(data),
                    "A grid of " + t.issue() + " incidents by weekday and hour of the day in " + now.label()
                            + ", darker cells holding more; " + t.summary()));
            points.add(t.summary());
            display.add(List.of(t.issue(), String.format(Locale.ROOT, "%,d", t.timed()),
                    String.format(Locale.ROOT, "%,d", t.notRecorded()), String.format(Locale.ROOT, "%,d", t.withoutTime()),
                    t.busiestHoursWords(), t.busiestDaysWords()));
            cells.addAll(t.cells());
        }
        return new ReportSection("time-of-day", "When: time of day", List.of(TimeOfDay.BASIS, "Each chart is a grid "
                + "of weekdays (rows) by hours (columns) for " + now.label() + ": the darker a cell, the more incidents, "
                + "and each cell gives its count. With few incidents a cell's count is noisy: look for blocks of "
                + "hours, not single cells. The full grids are in tables/time-of-day.csv."), points, charts,
                List.of(SimpleTables.table("time-of-day", "Time of day, " + now.label(), List.of("Issue",
                        "With a time", "Time not recorded", "From sources without times", "Busiest hour",
                        "Busiest day"), display, TimeOfDay.columnNames(), cells)));
    }

    private static String sourceOf(Dataset data) {
        List<String> timed = new ArrayList<>();
        for (var s : data.sources()) {
            if (s.counts().hasTimesOfDay()) {
                timed.add(s.name());
            }
        }
        return timed.isEmpty() ? data.source() : String.join("; ", timed);
    }
}
