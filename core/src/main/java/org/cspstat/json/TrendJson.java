package org.cspstat.json;

import java.io.IOException;
import java.util.Optional;
import org.cspstat.trend.ControlChart;
import org.cspstat.trend.MonthCount;
import org.cspstat.trend.Signal;
import org.cspstat.trend.TrendAnalysis;
import org.cspstat.trend.YearEndProjection;

/**
 * {@link TrendAnalysis} as one JSON object: {@code category}, {@code months} (each {@code month},
 * {@code count}, {@code gap}; a gap's count is {@code null}), {@code centre}, {@code upper},
 * {@code lower} ({@code null} without limits), {@code limits} (why there are none, such as "not
 * enough history: ...", or {@code null}), {@code signals} (each {@code month} and {@code rule}, the
 * rule as {@link Signal.Rule#label()}) and {@code projection} ({@code yearToDate},
 * {@code projected}, {@code low}, {@code high}, {@code dispersion}, or {@code null}).
 */
final class TrendJson extends ResultSerializer<TrendAnalysis> {
    private static final long serialVersionUID = 1L;

    TrendJson() {
        super(TrendAnalysis.class);
    }

    @Override
    void write(TrendAnalysis t, JsonOut json) throws IOException {
        json.beginObject().name("category").value(t.series().label()).name("months").beginArray();
        for (MonthCount m : t.series().months()) {
            json.beginObject().name("month").value(m.month().toString()).name("count");
            if (m.gap()) {
                json.nullValue();
            } else {
                json.value(m.count());
            }
            json.name("gap").value(m.gap()).endObject();
        }
        json.endArray();
        Optional<ControlChart> chart = t.chart();
        if (chart.isEmpty()) {
            json.name("centre").nullValue().name("upper").nullValue().name("lower").nullValue()
                    .name("limits").value(t.limitsUnavailableReason().orElse(null));
        } else {
            ControlChart c = chart.get();
            json.name("centre").value(c.centre()).name("upper").value(c.upper())
                    .name("lower").value(c.lower()).name("limits").nullValue();
        }
        json.name("signals").beginArray();
        for (Signal s : t.signals()) {
            json.beginObject().name("month").value(s.month().toString()).name("rule").value(s.rule().label()).endObject();
        }
        json.endArray().name("projection");
        Optional<YearEndProjection> projection = t.projection();
        if (projection.isEmpty()) {
            json.nullValue();
        } else {
            YearEndProjection p = projection.get();
            json.beginObject().name("yearToDate").value(p.yearToDate())
                    .name("projected").value(p.projected())
                    .name("low").value(p.low()).name("high").value(p.high())
                    .name("dispersion").value(p.dispersion()).endObject();
        }
        json.endObject();
    }
}
