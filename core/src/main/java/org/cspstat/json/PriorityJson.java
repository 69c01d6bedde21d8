package org.cspstat.json;

import java.io.IOException;
import java.util.Map;
import org.cspstat.risk.BandChange;
import org.cspstat.risk.NotScored;
import org.cspstat.risk.Priority;
import org.cspstat.risk.PriorityList;
import org.cspstat.risk.ScoreOverride;

/**
 * {@link PriorityList} as JSON: {@code {"items":[…],"notScored":[{"issue","reason"}…]}}, each item
 * with {@code rank}, {@code issue}, {@code likelihood}, {@code impact}, {@code score}, {@code band},
 * {@code rag}, {@code explanation}, {@code dimensions} (an object of dimension key to score),
 * {@code volumeBand}, {@code trendStep}, {@code impactMean}, {@code overrides} (a list of
 * {@code dimension}, {@code from}, {@code to}, {@code reason}) and {@code sensitivity} (an object
 * {@code input}, {@code from}, {@code to}, {@code band}, {@code text}, or null).
 */
final class PriorityJson extends ResultSerializer<PriorityList> {
    private static final long serialVersionUID = 1L;

    PriorityJson() {
        super(PriorityList.class);
    }

    @Override
    void write(PriorityList list, JsonOut json) throws IOException {
        json.beginObject().name("items").beginArray();
        for (Priority p : list.items()) {
            json.beginObject()
                    .name("rank").value(p.rank())
                    .name("issue").value(p.issue())
                    .name("likelihood").value(p.likelihood())
                    .name("impact").value(p.impact())
                    .name("score").value(p.score())
                    .name("band").value(p.band().name())
                    .name("rag").value(p.band().rag())
                    .name("explanation").value(p.explanation())
                    .name("dimensions").beginObject();
            for (Map.Entry<String, Integer> d : p.dimensions().entrySet()) {
                json.name(d.getKey()).value(d.getValue());
            }
            json.endObject()
                    .name("volumeBand").value(p.likelihoodBasis().volumeBand())
                    .name("trendStep").value(p.likelihoodBasis().trendStep())
                    .name("impactMean").value(p.impactMean())
                    .name("overrides").beginArray();
            for (ScoreOverride o : p.overrides()) {
                json.beginObject().name("dimension").value(o.dimension()).name("from").value(o.countyScore())
                        .name("to").value(o.score()).name("reason").value(o.reason()).endObject();
            }
            json.endArray().name("sensitivity");
            if (p.sensitivity().isPresent()) {
                BandChange c = p.sensitivity().get();
                json.beginObject().name("input").value(c.input()).name("from").value(c.from())
                        .name("to").value(c.to()).name("band").value(c.band().name())
                        .name("text").value(c.text()).endObject();
            } else {
                json.nullValue();
            }
            json.endObject();
        }
        json.endArray().name("notScored").beginArray();
        for (NotScored n : list.notScored()) {
            json.beginObject().name("issue").value(n.issue()).name("reason").value(n.reason()).endObject();
        }
        json.endArray().endObject();
    }
}
