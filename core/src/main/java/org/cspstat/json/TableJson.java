package org.cspstat.json;

import java.io.IOException;
import org.cspstat.harm.HarmTable;
import org.cspstat.place.RepeatLocations;
import org.cspstat.plan.ActionPlan;
import org.cspstat.plan.ActionPlan.Status;
import org.cspstat.source.SourceBreakdown;

/** The JSON of the results that are one list of rows with a few members around it. */
final class TableJson {
    private TableJson() {
    }

    /**
     * {@link HarmTable}: {@code weights} (their source) and {@code rows}, each with {@code issue},
     * {@code harmCurrent}, {@code harmPrevious}, {@code change}, {@code changeLow},
     * {@code changeHigh}, {@code ratio}, {@code ratioLow}, {@code ratioHigh}.
     */
    static final class Harm extends ResultSerializer<HarmTable> {
        private static final long serialVersionUID = 1L;

        Harm() {
            super(HarmTable.class);
        }

        @Override
        void write(HarmTable t, JsonOut j) throws IOException {
            j.beginObject().name("weights").value(t.weights().source()).name("rows").beginArray();
            for (HarmTable.Row r : t.rows()) {
                j.beginObject().name("issue").value(r.issue()).name("harmCurrent").value(r.harmNow())
                        .name("harmPrevious").value(r.harmBefore()).name("change").value(r.change())
                        .name("changeLow").value(r.changeLow()).name("changeHigh").value(r.changeHigh())
                        .name("ratio").value(r.ratio()).name("ratioLow").value(r.ratioLow())
                        .name("ratioHigh").value(r.ratioHigh()).endObject();
            }
            j.endArray().endObject();
        }
    }

    /**
     * {@link RepeatLocations}: {@code issue}, {@code currentPeriod}, {@code previousPeriod}
     * (labels), {@code located}, {@code topTenShare} and {@code rows} ({@code location},
     * {@code area}, {@code longitude}, {@code latitude}, {@code current}, {@code previous},
     * {@code change}).
     */
    static final class Locations extends ResultSerializer<RepeatLocations> {
        private static final long serialVersionUID = 1L;

        Locations() {
            super(RepeatLocations.class);
        }

        @Override
        void write(RepeatLocations l, JsonOut j) throws IOException {
            j.beginObject().name("issue").value(l.issue()).name("currentPeriod").value(l.current().label())
                    .name("previousPeriod").value(l.previous().label()).name("located").value(l.located())
                    .name("topTenShare").value(l.topTenShare()).name("rows").beginArray();
            for (RepeatLocations.Row r : l.rows()) {
                j.beginObject().name("location").value(r.name()).name("area").value(r.area())
                        .name("longitude").value(r.lon()).name("latitude").value(r.lat())
                        .name("current").value(r.current()).name("previous").value(r.previous())
                        .name("change").value(r.change()).endObject();
            }
            j.endArray().endObject();
        }
    }

    /**
     * {@link SourceBreakdown}: {@code currentPeriod}, {@code previousPeriod} (labels) and
     * {@code rows}, each with {@code issue}, {@code source}, {@code current}, {@code previous},
     * {@code change}, {@code percentChange} and {@code share} (null when undefined).
     */
    static final class Sources extends ResultSerializer<SourceBreakdown> {
        private static final long serialVersionUID = 1L;

        Sources() {
            super(SourceBreakdown.class);
        }

        @Override
        void write(SourceBreakdown b, JsonOut j) throws IOException {
            j.beginObject().name("currentPeriod").value(b.current().label())
                    .name("previousPeriod").value(b.previous().label()).name("rows").beginArray();
            for (SourceBreakdown.Row r : b.rows()) {
                j.beginObject().name("issue").value(r.issue()).name("source").value(r.source())
                        .name("current").value(r.current()).name("previous").value(r.previous())
                        .name("change").value(r.change()).name("percentChange").value(r.percentChange())
                        .name("share").value(r.share()).endObject();
            }
            j.endArray().endObject();
        }
    }

    /**
     * {@link ActionPlan}: {@code source} and {@code themes}, each with {@code theme},
     * {@code actions}, a count per status ({@code complete}, {@code onTrack}, {@code atRisk},
     * {@code notStarted}), {@code percentComplete} and {@code evidence}; the last is
     * {@code All themes}.
     */
    static final class Plan extends ResultSerializer<ActionPlan> {
        private static final long serialVersionUID = 1L;

        Plan() {
            super(ActionPlan.class);
        }

        @Override
        void write(ActionPlan plan, JsonOut j) throws IOException {
            j.beginObject().name("source").value(plan.source()).name("themes").beginArray();
            for (ActionPlan.Completion c : plan.completion()) {
                j.beginObject().name("theme").value(c.theme()).name("actions").value(c.total())
                        .name("complete").value(c.count(Status.COMPLETE)).name("onTrack").value(c.count(Status.ON_TRACK))
                        .name("atRisk").value(c.count(Status.AT_RISK)).name("notStarted").value(c.count(Status.NOT_STARTED))
                        .name("percentComplete").value(c.percent().doubleValue()).name("evidence").beginArray();
                for (String e : c.evidence()) {
                    j.value(e);
                }
                j.endArray().endObject();
            }
            j.endArray().endObject();
        }
    }
}
