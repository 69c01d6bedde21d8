package org.cspstat.risk;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.cspstat.format.Json;

/**
 * The ranked priorities, with the issues that could not be scored.
 *
 * @param items the ranked issues, rank 1 first
 * @param notScored the issues left out and why, by issue name
 * @param dimensions the matrix's dimension keys, in column order
 * @param method how the scores were combined
 */
public record PriorityList(List<Priority> items, List<NotScored> notScored, List<String> dimensions,
        ScoringMethod method) {

    /**
     * Copies the lists.
     *
     * @param items the ranked issues, rank 1 first
     * @param notScored the issues left out and why, by issue name
     * @param dimensions the matrix's dimension keys, in column order
     * @param method how the scores were combined
     * @throws NullPointerException if an argument is null
     */
    public PriorityList {
        items = List.copyOf(requireNonNull(items, "items must not be null"));
        notScored = List.copyOf(requireNonNull(notScored, "notScored must not be null"));
        dimensions = List.copyOf(requireNonNull(dimensions, "dimensions must not be null"));
        requireNonNull(method, "method must not be null");
    }

    /**
     * The list as JSON: {@code {"items":[…],"notScored":[{"issue","reason"}…]}}, each item with
     * {@code rank}, {@code issue}, {@code likelihood}, {@code impact}, {@code score}, {@code band},
     * {@code rag}, {@code explanation}, {@code dimensions} (an object of dimension key to score),
     * {@code volumeBand}, {@code trendStep}, {@code impactMean}, {@code overrides} (a list of
     * {@code dimension}, {@code from}, {@code to}, {@code reason}) and {@code sensitivity} (an
     * object {@code input}, {@code from}, {@code to}, {@code band}, {@code text}, or null).
     *
     * @return the JSON text
     */
    public String toJson() {
        Json json = new Json().beginObject().name("items").beginArray();
        for (Priority p : items) {
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
        for (NotScored n : notScored) {
            json.beginObject().name("issue").value(n.issue()).name("reason").value(n.reason()).endObject();
        }
        return json.endArray().endObject().toString();
    }

    /**
     * @param dimension a dimension's key, such as {@code community_concern}
     * @return it in words, as headings show it: {@code community concern}
     */
    public static String dimensionWords(String dimension) {
        return ConfigCsv.label(dimension);
    }
}
