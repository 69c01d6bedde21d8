package org.cspstat.timeofday;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cspstat.compare.CategoryGroups;
import org.cspstat.compare.Issue;
import org.cspstat.count.CountStore;
import org.cspstat.model.CategoryKind;
import org.cspstat.period.Period;

/**
 * When an issue's incidents happen: counts by weekday and hour of the day over a period, from the
 * sources whose dates carry a time (a council case export's "Date Reported", say; police.uk
 * publishes the month only). Every incident of the issue in the period's months with data is in
 * exactly one place: a weekday-and-hour cell, "time not recorded" (a row with a date alone, from a
 * source that records times: never taken as midnight), or "from a source without times".
 *
 * <pre>{@code
 * TimeOfDay t = TimeOfDay.of(dataset.counts(), CategoryGroups.builtIn(), "All ASB", period);
 * long fridayTenPm = t.count(DayOfWeek.FRIDAY, 22);
 * }</pre>
 */
public final class TimeOfDay {
    /**
     * The basis of the times, for every output: what a time is and what is not counted in a cell.
     */
    public static final String BASIS = "Times are the date and time each incident was recorded in the export "
            + "(as the export gives it, local time), counted by weekday and hour of the day; a row with a date but "
            + "no time counts as 'time not recorded', never as midnight. police.uk publishes the month only, so no "
            + "time of day for police data.";

    /** What a pack or command says when no source of the data records times. */
    public static final String POLICE_MONTH_ONLY = "police.uk publishes the month only, so no time of day for "
            + "police data";

    private final String issue;
    private final Period period;
    private final List<YearMonth> months;
    private final long[] slots;
    private final long notRecorded;
    private final long withoutTime;

    private TimeOfDay(String issue, Period period, List<YearMonth> months, long[] slots, long notRecorded,
            long withoutTime) {
        this.issue = requireNonNull(issue, "issue must not be null");
        this.period = requireNonNull(period, "period must not be null");
        this.months = List.copyOf(months);
        this.slots = slots.clone();
        this.notRecorded = notRecorded;
        this.withoutTime = withoutTime;
    }

    /**
     * Counts an issue by weekday and hour.
     *
     * @param store the counts
     * @param groups the groups that name issues ({@link CategoryGroups#builtIn()} for All crime and All ASB)
     * @param issueName an issue: a group or a category, matched without regard to case
     * @param period the period; only its months with data count (a gap is left out, never a zero)
     * @return the table; with no source of times every incident is {@link #withoutTime()}
     * @throws IllegalArgumentException when the issue is unknown
     */
    public static TimeOfDay of(CountStore store, CategoryGroups groups, String issueName, Period period) {
        Issue issue = groups.resolve(store, List.of(issueName)).get(0);
        boolean[] member = new boolean[store.categories().size()];
        for (int c : issue.categories()) {
            member[c] = true;
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m : period.months()) {
            if (store.hasData(m)) {
                months.add(m);
            }
        }
        long total = 0;
        for (int c : issue.categories()) {
            for (YearMonth m : months) {
                total += store.total(c, m);
            }
        }
        long[] slots = new long[CountStore.TIME_SLOTS];
        long[] notRecorded = new long[1];
        store.forEachTimeCount((category, month, slot, count) -> {
            if (!member[category] || !store.hasData(month) || !period.contains(month)) {
                return;
            }
            if (slot == CountStore.TIME_NOT_RECORDED) {
                notRecorded[0] += count;
            } else {
                slots[slot] += count;
            }
        });
        long timed = Arrays.stream(slots).sum();
        return new TimeOfDay(issue.name(), period, months, slots, notRecorded[0], total - timed - notRecorded[0]);
    }

    /**
     * The issues worth a time-of-day table in a period: those with at least one incident with a
     * time. All ASB and All crime first, then flag categories (domestic abuse, hate crime), then the
     * other categories, most timed incidents first.
     *
     * @param store the counts
     * @param period the period
     * @param limit the most to return
     * @return the issue names, possibly empty (always so when no source records times)
     */
    public static List<String> issuesWithTimes(CountStore store, Period period, int limit) {
        if (!store.hasTimesOfDay()) {
            return List.of();
        }
        long[] timed = new long[store.categories().size()];
        store.forEachTimeCount((category, month, slot, count) -> {
            if (slot != CountStore.TIME_NOT_RECORDED && store.hasData(month) && period.contains(month)) {
                timed[category] += count;
            }
        });
        List<String> out = new ArrayList<>();
        long asb = 0;
        long crime = 0;
        for (int c = 0; c < timed.length; c++) {
            CategoryKind kind = store.categories().get(c).kind();
            asb += kind == CategoryKind.ASB ? timed[c] : 0;
            crime += kind == CategoryKind.CRIME ? timed[c] : 0;
        }
        if (asb > 0) {
            out.add(CategoryGroups.ALL_ASB);
        }
        if (crime > 0) {
            out.add(CategoryGroups.ALL_CRIME);
        }
        List<Integer> ids = new ArrayList<>();
        for (int c = 0; c < timed.length; c++) {
            if (timed[c] > 0) {
                ids.add(c);
            }
        }
        ids.sort(Comparator.<Integer, Boolean>comparing(c -> store.categories().get(c).kind() != CategoryKind.FLAG)
                .thenComparing(c -> -timed[c]).thenComparing(c -> store.categories().get(c).name()));
        for (int c : ids) {
            out.add(store.categories().get(c).name());
        }
        return out.subList(0, Math.min(limit, out.size()));
    }

    /** @return the issue, as the groups name it */
    public String issue() {
        return issue;
    }

    /** @return the period asked for */
    public Period period() {
        return period;
    }

    /** @return the period's months with data, the months counted */
    public List<YearMonth> months() {
        return months;
    }

    /**
     * @param day a weekday
     * @param hour an hour, 0 to 23
     * @return the incidents recorded on that weekday in that hour ({@code 22} is 22:00 to 22:59)
     */
    public long count(DayOfWeek day, int hour) {
        return slots[CountStore.timeSlot(day, hour)];
    }

    /** @return incidents with a time of day */
    public long timed() {
        return Arrays.stream(slots).sum();
    }

    /** @return incidents from a source that records times whose row had a date alone */
    public long notRecorded() {
        return notRecorded;
    }

    /** @return incidents from sources without times of day (police.uk) */
    public long withoutTime() {
        return withoutTime;
    }

    /** @return every incident of the issue in the months counted: timed + not recorded + without time */
    public long total() {
        return timed() + notRecorded + withoutTime;
    }

    /**
     * @param day a weekday
     * @return its incidents with a time
     */
    public long dayTotal(DayOfWeek day) {
        long n = 0;
        for (int h = 0; h < 24; h++) {
            n += count(day, h);
        }
        return n;
    }

    /**
     * @param hour an hour, 0 to 23
     * @return its incidents with a time, over every weekday
     */
    public long hourTotal(int hour) {
        long n = 0;
        for (DayOfWeek d : DayOfWeek.values()) {
            n += count(d, hour);
        }
        return n;
    }

    /** @return the period's label and the months counted, such as {@code Jan 2022} */
    public String periodLabel() {
        return period.label();
    }

    /**
     * @return the hours (0 to 23) with the most incidents over the week, in order: one unless hours
     *     tie; empty when none has a time
     */
    public List<Integer> busiestHours() {
        long[] byHour = new long[24];
        for (int h = 0; h < 24; h++) {
            byHour[h] = hourTotal(h);
        }
        return busiest(byHour);
    }

    /**
     * @return the weekdays with the most incidents, Monday first: one unless days tie; empty when
     *     none has a time
     */
    public List<DayOfWeek> busiestDays() {
        long[] byDay = new long[7];
        for (DayOfWeek d : DayOfWeek.values()) {
            byDay[d.getValue() - 1] = dayTotal(d);
        }
        return busiest(byDay).stream().map(i -> DayOfWeek.of(i + 1)).toList();
    }

    private static List<Integer> busiest(long[] counts) {
        long max = Arrays.stream(counts).max().orElse(0);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; max > 0 && i < counts.length; i++) {
            if (counts[i] == max) {
                out.add(i);
            }
        }
        return out;
    }

    /** @return the busiest hours as words, such as {@code 21:00–22:00} or {@code 15:00–16:00 and 21:00–22:00 (tie)} */
    public String busiestHoursWords() {
        return ties(busiestHours().stream().map(TimeOfDay::hours).toList());
    }

    /** @return the busiest weekdays as words, such as {@code Saturday} or {@code Friday and Saturday (tie)} */
    public String busiestDaysWords() {
        return ties(busiestDays().stream().map(TimeOfDay::dayName).toList());
    }

    private static String ties(List<String> names) {
        if (names.isEmpty()) {
            return "–";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() > 3) {
            return names.size() + " tie";
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1)
                + " (tie)";
    }

    /**
     * @return a sentence or three: the busiest hour of the week (only when one stands out), the
     *     busiest hours and days (ties named), and what has no time
     */
    public String summary() {
        StringBuilder s = new StringBuilder();
        long timed = timed();
        if (timed == 0) {
            s.append(String.format(Locale.ROOT, "None of the %,d incidents of %s in %s has a time of day.", total(),
                    issue, period.label()));
        } else {
            List<Integer> cells = busiest(slots);
            int best = cells.get(0);
            String cell = cells.size() == 1 ? String.format(Locale.ROOT, "The busiest hour of the week was %s %s (%,d)",
                    dayName(DayOfWeek.of(best / 24 + 1)), hours(best % 24), slots[best])
                    : String.format(Locale.ROOT, "No single hour of the week stands out (%,d hours have the most, %,d "
                            + "each)", cells.size(), slots[best]);
            int hour = busiestHours().get(0);
            DayOfWeek day = busiestDays().get(0);
            s.append(String.format(Locale.ROOT, "%s, %s: %,d incidents with a time. %s; over the week, the busiest "
                    + "hour %s (%,d, %.1f%%%s); the busiest day %s (%,d, %.1f%%%s).", issue, period.label(), timed, cell,
                    busiestHoursWords(), hourTotal(hour), 100.0 * hourTotal(hour) / timed,
                    busiestHours().size() > 1 ? " each" : "", busiestDaysWords(), dayTotal(day),
                    100.0 * dayTotal(day) / timed, busiestDays().size() > 1 ? " each" : ""));
        }
        if (notRecorded > 0) {
            s.append(String.format(Locale.ROOT, " Time not recorded: %,d.", notRecorded));
        }
        if (withoutTime > 0) {
            s.append(String.format(Locale.ROOT, " From sources without times (police.uk publishes the month only): "
                    + "%,d.", withoutTime));
        }
        return s.toString();
    }

    /**
     * @param hour 0 to 23
     * @return the hour as a range, such as {@code 22:00–23:00}
     */
    public static String hours(int hour) {
        return String.format(Locale.ROOT, "%02d:00–%02d:00", hour, (hour + 1) % 24);
    }

    /**
     * @param day a weekday
     * @return its English name, such as {@code Friday}
     */
    public static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    /** The line of {@link #cells()} for incidents whose row had a date but no time. */
    public static final String NOT_RECORDED_LINE = "time not recorded";
    /** The line of {@link #cells()} for incidents from sources without times. */
    public static final String WITHOUT_TIME_LINE = "source without times (month only)";

    /** @return CSV column names: {@code issue}, {@code weekday}, {@code h00} … {@code h23}, {@code total} */
    public static List<String> columnNames() {
        List<String> names = new ArrayList<>(List.of("issue", "weekday"));
        for (int h = 0; h < 24; h++) {
            names.add(String.format(Locale.ROOT, "h%02d", h));
        }
        names.add("total");
        return names;
    }

    /**
     * @return CSV cells: a line per weekday (Monday first) with its 24 hours and total, then
     *     {@value #NOT_RECORDED_LINE} and {@value #WITHOUT_TIME_LINE} with their totals alone, so the
     *     totals add up to every incident of the issue in the months counted
     */
    public List<List<String>> cells() {
        List<List<String>> out = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            List<String> row = new ArrayList<>(List.of(issue, dayName(d)));
            for (int h = 0; h < 24; h++) {
                row.add(Long.toString(count(d, h)));
            }
            row.add(Long.toString(dayTotal(d)));
            out.add(row);
        }
        for (String[] line : new String[][] {{NOT_RECORDED_LINE, Long.toString(notRecorded)},
                {WITHOUT_TIME_LINE, Long.toString(withoutTime)}}) {
            List<String> row = new ArrayList<>(List.of(issue, line[0]));
            for (int h = 0; h < 24; h++) {
                row.add("");
            }
            row.add(line[1]);
            out.add(row);
        }
        return out;
    }

    /** @return display column names: weekday, the 24 hours ({@code 00} … {@code 23}) and the total */
    public static List<String> displayNames() {
        List<String> names = new ArrayList<>(List.of("Weekday"));
        for (int h = 0; h < 24; h++) {
            names.add(String.format(Locale.ROOT, "%02d", h));
        }
        names.add("Total");
        return names;
    }

    /** @return display cells: a line per weekday, then the hours' totals */
    public List<List<String>> displayCells() {
        List<List<String>> out = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            List<String> row = new ArrayList<>(List.of(d.getDisplayName(TextStyle.SHORT, Locale.UK)));
            for (int h = 0; h < 24; h++) {
                row.add(Long.toString(count(d, h)));
            }
            row.add(String.format(Locale.ROOT, "%,d", dayTotal(d)));
            out.add(row);
        }
        List<String> all = new ArrayList<>(List.of("All"));
        for (int h = 0; h < 24; h++) {
            all.add(Long.toString(hourTotal(h)));
        }
        all.add(String.format(Locale.ROOT, "%,d", timed()));
        out.add(all);
        return out;
    }

    /** @return lines under the table: time not recorded and from sources without times, with the basis */
    public List<String> footnotes() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "Time not recorded (a date without a time): %,d", notRecorded));
        out.add(String.format(Locale.ROOT, "From sources without times (police.uk publishes the month only): %,d",
                withoutTime));
        out.add(String.format(Locale.ROOT, "All incidents of %s in the months counted (%s): %,d", issue,
                months.isEmpty() ? "none" : months.get(0) + (months.size() > 1 ? ".." + months.get(months.size() - 1)
                        : ""), total()));
        out.add(BASIS);
        return out;
    }
}
