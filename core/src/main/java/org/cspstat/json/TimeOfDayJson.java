package org.cspstat.json;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.YearMonth;
import org.cspstat.timeofday.TimeOfDay;

/**
 * {@link TimeOfDay} as JSON: {@code issue}, {@code period}, {@code months}, {@code total}, {@code timed},
 * {@code notRecorded}, {@code withoutTime}, {@code basis}, {@code byWeekdayHour} (per weekday, Monday
 * first: {@code weekday}, {@code hours}, 24 counts from 00:00, and {@code total}), {@code byHour} (24)
 * and {@code byWeekday} (7).
 */
final class TimeOfDayJson extends ResultSerializer<TimeOfDay> {
    private static final long serialVersionUID = 1L;

    TimeOfDayJson() {
        super(TimeOfDay.class);
    }

    @Override
    void write(TimeOfDay t, JsonOut j) throws IOException {
        j.beginObject().name("issue").value(t.issue()).name("period").value(t.period().label())
                .name("months").beginArray();
        for (YearMonth m : t.months()) {
            j.value(m.toString());
        }
        j.endArray().name("total").value(t.total()).name("timed").value(t.timed())
                .name("notRecorded").value(t.notRecorded()).name("withoutTime").value(t.withoutTime())
                .name("basis").value(TimeOfDay.BASIS).name("byWeekdayHour").beginArray();
        for (DayOfWeek d : DayOfWeek.values()) {
            j.beginObject().name("weekday").value(TimeOfDay.dayName(d)).name("hours").beginArray();
            for (int h = 0; h < 24; h++) {
                j.value(t.count(d, h));
            }
            j.endArray().name("total").value(t.dayTotal(d)).endObject();
        }
        j.endArray().name("byHour").beginArray();
        for (int h = 0; h < 24; h++) {
            j.value(t.hourTotal(h));
        }
        j.endArray().name("byWeekday").beginArray();
        for (DayOfWeek d : DayOfWeek.values()) {
            j.value(t.dayTotal(d));
        }
        j.endArray().endObject();
    }
}
