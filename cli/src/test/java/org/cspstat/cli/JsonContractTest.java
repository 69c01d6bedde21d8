package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JSON contracts of README.md (and docs/hotspot.md, risk.md, outcomes.md, harm.md) hold: every
 * documented member is there, in the documented order, with its documented shape (object, array,
 * string, number, boolean or null). Where the README lists the members in a sentence, the list is
 * read from the README itself, so the document and the output cannot drift apart unnoticed. The
 * JSON is Jackson's serialisation of the result records (org.cspstat.json), the same for an
 * embedder and for the command line.
 */
class JsonContractTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private static JsonNode json(String... args) throws Exception {
        CliTest.Result r = CliTest.run(args);
        assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err());
        return MAPPER.readTree(r.out());
    }

    private static List<String> keys(JsonNode object) {
        assertTrue(object.isObject(), "an object: " + object);
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** The backquoted member names of the README between two markers (values such as `null` left out). */
    private static Set<String> documented(String start, String end) throws Exception {
        String readme = Files.readString(Path.of("../README.md")).replaceAll("\\s+", " ");
        int from = readme.indexOf(start);
        assertTrue(from >= 0, "README has: " + start);
        int to = readme.indexOf(end, from + start.length());
        assertTrue(to >= 0, "README has: " + end);
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Pattern.compile("`([A-Za-z][A-Za-z0-9]*)`").matcher(readme.substring(from, to + end.length()));
        while (m.find()) {
            if (!Set.of("null", "json", "csv", "md", "text").contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        assertTrue(names.size() >= 3, "names found: " + names);
        return names;
    }

    private static void allNumbersOrNull(JsonNode object, String... names) {
        for (String n : names) {
            assertTrue(object.has(n), n + " in " + object);
            assertTrue(object.get(n).isNumber() || object.get(n).isNull(), n + " a number or null: " + object.get(n));
        }
    }

    private static void allText(JsonNode object, String... names) {
        for (String n : names) {
            assertTrue(object.get(n).isTextual(), n + " a string: " + object.get(n));
        }
    }

    private static void period(JsonNode p) {
        assertEquals(List.of("from", "to", "label"), keys(p));
        assertTrue(MONTH.matcher(p.get("from").asText()).matches() && MONTH.matcher(p.get("to").asText()).matches(), p.toString());
        allText(p, "label");
    }

    static final List<String> COMPARISON = List.of("currentPeriod", "previousPeriod", "adjustment", "alpha", "source",
            "monthsCompared", "families", "notes", "method", "rows");
    static final List<String> ROW = List.of("category", "current", "previous", "change", "percentChange", "rateRatio",
            "rateRatioLow", "rateRatioHigh", "intervalLevel", "pValue", "pAdjusted", "method", "dispersion", "family",
            "sameAs", "zScore", "verdict", "warning");

    private static List<String> rowWith(List<String> before, List<String> after) {
        List<String> out = new ArrayList<>(List.of("category"));
        out.addAll(before);
        out.addAll(ROW.subList(1, ROW.size()));
        out.addAll(after);
        return out;
    }

    private static void comparison(JsonNode c, List<String> row) {
        assertEquals(COMPARISON, keys(c));
        period(c.get("currentPeriod"));
        period(c.get("previousPeriod"));
        allText(c, "adjustment", "source", "method");
        allNumbersOrNull(c, "alpha");
        assertEquals(List.of("current", "previous", "count"), keys(c.get("monthsCompared")));
        assertTrue(c.get("monthsCompared").get("current").get(0).isTextual());
        assertEquals(c.get("monthsCompared").get("current").size(), c.get("monthsCompared").get("count").asInt());
        for (JsonNode f : c.get("families")) {
            assertEquals(List.of("name", "tests", "intervalLevel"), keys(f));
        }
        assertTrue(c.get("notes").isArray());
        assertTrue(c.get("rows").size() > 0);
        for (JsonNode r : c.get("rows")) {
            assertEquals(row, keys(r));
            allNumbersOrNull(r, "current", "previous", "change", "percentChange", "rateRatio", "rateRatioLow",
                    "rateRatioHigh", "intervalLevel", "pValue", "pAdjusted", "dispersion", "zScore");
            assertTrue(r.get("current").isIntegralNumber(), "counts are whole numbers");
            allText(r, "category", "method", "family", "verdict");
            assertTrue(r.get("sameAs").isTextual() || r.get("sameAs").isNull());
            assertTrue(r.get("warning").isTextual() || r.get("warning").isNull());
        }
    }

    @Test
    void compareByCategoryAndByArea() throws Exception {
        JsonNode byCategory = json("compare", "--format", "json");
        comparison(byCategory, ROW);
        JsonNode byArea = json("compare", "--by", "area", "--area-level", "lsoa", "--format", "json");
        comparison(byArea, rowWith(List.of("area", "areaCode"), List.of()));
        // the README's list (README "compare": "JSON: `currentPeriod`, ... values are `null`")
        Set<String> all = new LinkedHashSet<>(keys(byArea));
        all.addAll(keys(byArea.get("currentPeriod")));
        all.addAll(keys(byArea.get("monthsCompared")));
        all.addAll(keys(byArea.get("families").get(0)));
        all.addAll(keys(byArea.get("rows").get(0)));
        Set<String> missing = new LinkedHashSet<>(documented("JSON: `currentPeriod`", "values are `null`."));
        missing.removeAll(all);
        assertEquals(Set.of(), missing, "documented but not written");
        // the README says "`area` when by area": the code is there too
        assertEquals(byCategory.get("source"), byArea.get("source"));
    }

    @Test
    void compareWithAPopulationAndPerLsoa(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path population = dir.resolve("population.csv");
        StringBuilder csv = new StringBuilder("code,residents\n");
        for (int i = 1; i <= 9; i++) {
            csv.append("E0190000").append(i).append(",1500\n");
        }
        Files.writeString(population, csv);
        JsonNode withPopulation = json("compare", "--by", "area", "--area-level", "lsoa", "--population",
                population.toString(), "--format", "json");
        comparison(withPopulation, rowWith(List.of("area", "areaCode"),
                List.of("residents", "currentRatePer1000", "previousRatePer1000")));
        JsonNode perLsoa = json("compare", "--data", CountyReportTest.SIX, "--by", "area", "--area-level", "district",
                "--period", "2022-01..2022-01", "--format", "json");
        comparison(perLsoa, rowWith(List.of("area", "areaCode"), List.of("lsoas", "currentPerLsoa", "previousPerLsoa")));
        Set<String> documented = documented("gain `residents`", "`previousRatePer1000`)");
        documented.addAll(documented("CSV and JSON gain `lsoas`", "`previousPerLsoa`"));
        assertEquals(Set.of("residents", "currentRatePer1000", "previousRatePer1000", "lsoas", "currentPerLsoa",
                "previousPerLsoa"), documented);
    }

    @Test
    void compareWithHarm() throws Exception {
        JsonNode both = json("compare", "--harm", "--format", "json");
        assertEquals(List.of("comparison", "harm"), keys(both)); // docs/harm.md
        comparison(both.get("comparison"), ROW);
        assertEquals(List.of("weights", "rows"), keys(both.get("harm")));
        for (JsonNode r : both.get("harm").get("rows")) {
            assertEquals(List.of("issue", "harmCurrent", "harmPrevious", "change", "changeLow", "changeHigh", "ratio",
                    "ratioLow", "ratioHigh"), keys(r));
            allNumbersOrNull(r, "harmCurrent", "harmPrevious", "change", "changeLow", "changeHigh", "ratio", "ratioLow",
                    "ratioHigh");
        }
    }

    @Test
    void compareBySource() throws Exception {
        JsonNode b = json("compare", "--by-source", "--data", "../sample-data/synthetic", "--data",
                "../sample-data/council-asb/asb-cases.csv", "--mapping", "../sample-data/council-asb/mapping.txt",
                "--format", "json");
        assertEquals(List.of("currentPeriod", "previousPeriod", "rows"), keys(b));
        allText(b, "currentPeriod", "previousPeriod");
        assertTrue(b.get("rows").size() > 1);
        for (JsonNode r : b.get("rows")) {
            assertEquals(List.of("issue", "source", "current", "previous", "change", "percentChange", "share"), keys(r));
            allNumbersOrNull(r, "current", "previous", "change", "percentChange", "share");
        }
    }

    @Test
    void quality(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("2022-01-test-street.csv");
        Files.writeString(file, "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
                + "Crime type,Last outcome category,Context\n"
                + ",2022-01,F,F,-0.2,51.9,On or near X,E01000001,Place 001A,Burglary,,\n"
                + ",2022-13,F,F,-0.2,51.9,On or near X,E01000001,Place 001A,Burglary,,\n");
        JsonNode q = json("quality", "--data", file.toString(), "--format", "json");
        List<String> expected = List.of("rowsRead", "accepted", "outsideArea", "noLocation", "duplicateIds", "rejected",
                "rejectedByReason", "rejects", "months", "gaps", "monthTotals", "notes");
        assertEquals(expected, keys(q));
        // README "Bad rows": "gives `rowsRead`, ... and `notes`", with `file`, `line`, `reason` of a reject
        List<String> readme = new ArrayList<>(documented("gives `rowsRead`", "and `notes`."));
        assertEquals(expected.subList(0, 8), readme.subList(0, 8));
        assertEquals(List.of("file", "line", "reason"), readme.subList(8, 11));
        assertEquals(expected.subList(8, 12), readme.subList(11, 15));
        allNumbersOrNull(q, "rowsRead", "accepted", "outsideArea", "noLocation", "duplicateIds", "rejected");
        assertTrue(q.get("rejectedByReason").isObject() && q.get("monthTotals").isObject());
        assertTrue(q.get("rejects").size() > 0, "a month 13 is rejected");
        for (JsonNode r : q.get("rejects")) {
            assertEquals(List.of("file", "line", "reason"), keys(r));
            assertTrue(r.get("line").isIntegralNumber());
        }
        q.get("months").forEach(m -> assertTrue(MONTH.matcher(m.asText()).matches(), m.toString()));
        q.get("monthTotals").fieldNames().forEachRemaining(m -> assertTrue(MONTH.matcher(m).matches(), m));
        q.get("monthTotals").forEach(n -> assertTrue(n.isIntegralNumber()));
    }

    static final List<String> CELL = List.of("row", "col", "count", "z", "pValue", "pAdjusted", "hot", "cold",
            "centroidLat", "centroidLon", "easting", "northing", "location", "lsoa", "emerging");
    static final List<String> MAP = List.of("cellSize", "rows", "cols", "studyArea", "permutations", "seed",
            "outsideArea", "cells");

    private static void cell(JsonNode c) {
        assertEquals(CELL, keys(c));
        allNumbersOrNull(c, "row", "col", "count", "z", "pValue", "pAdjusted", "centroidLat", "centroidLon",
                "easting", "northing");
        assertTrue(c.get("hot").isBoolean() && c.get("cold").isBoolean());
        assertTrue(c.get("emerging").isTextual() || c.get("emerging").isNull());
    }

    @Test
    void hotspotsAsJsonAndGeoJson() throws Exception {
        JsonNode h = json("hotspots", "--format", "json");
        List<String> expected = new ArrayList<>(List.of("issue", "currentPeriod", "previousPeriod"));
        expected.addAll(MAP);
        expected.addAll(List.of("withoutLocation", "emergingPeriods", "note", "concentration", "ranking"));
        assertEquals(expected, keys(h));
        period(h.get("currentPeriod"));
        assertEquals(List.of("areas", "gini", "top5Share", "top10Share"), keys(h.get("concentration")));
        for (JsonNode r : h.get("ranking")) {
            assertEquals(List.of("area", "areaCode", "current", "previous", "change", "percentChange", "share", "verdict"),
                    keys(r));
        }
        assertTrue(h.get("cells").size() > 10);
        h.get("cells").forEach(JsonContractTest::cell);
        // README "hotspots": "JSON has `cellSize`, `rows`, `cols` and every cell's `row`, ... `emerging` class"
        Set<String> readme = documented("JSON has `cellSize`", "`emerging` class");
        Set<String> written = new LinkedHashSet<>(MAP);
        written.addAll(CELL);
        assertTrue(written.containsAll(readme), "documented but not written: " + readme);

        JsonNode geo = json("hotspots", "--format", "geojson");
        assertEquals(List.of("type", "features"), keys(geo));
        assertEquals("FeatureCollection", geo.get("type").asText());
        assertEquals(h.get("cells").size(), geo.get("features").size());
        for (JsonNode f : geo.get("features")) {
            assertEquals(List.of("type", "geometry", "properties"), keys(f));
            assertEquals("Polygon", f.get("geometry").get("type").asText());
            JsonNode ring = f.get("geometry").get("coordinates").get(0);
            assertEquals(ring.get(0), ring.get(ring.size() - 1), "a closed ring");
            assertEquals(2, ring.get(0).size(), "longitude, latitude");
            cell(f.get("properties"));
        }
    }

    @Test
    void trend() throws Exception {
        JsonNode t = json("trend", "--category", "Robbery", "--format", "json");
        assertTrue(t.isArray() && t.size() == 1, "one object per category");
        JsonNode a = t.get(0);
        assertEquals(List.of("category", "months", "centre", "upper", "lower", "limits", "signals", "projection"), keys(a));
        for (JsonNode m : a.get("months")) {
            assertEquals(List.of("month", "count", "gap"), keys(m));
            assertTrue(m.get("gap").isBoolean());
            assertTrue(m.get("gap").asBoolean() ? m.get("count").isNull() : m.get("count").isIntegralNumber());
        }
        for (JsonNode s : a.get("signals")) {
            assertEquals(List.of("month", "rule"), keys(s));
        }
        if (!a.get("projection").isNull()) {
            assertEquals(List.of("yearToDate", "projected", "low", "high", "dispersion"), keys(a.get("projection")));
        }
    }

    @Test
    void priorities() throws Exception {
        JsonNode p = json("priorities", "--format", "json");
        assertEquals(List.of("items", "notScored"), keys(p)); // docs/risk.md "Outputs"
        assertTrue(p.get("items").size() > 0);
        for (JsonNode i : p.get("items")) {
            assertEquals(List.of("rank", "issue", "likelihood", "impact", "score", "band", "rag", "explanation",
                    "dimensions", "volumeBand", "trendStep", "impactMean", "overrides", "sensitivity"), keys(i));
            assertTrue(i.get("dimensions").isObject());
            i.get("dimensions").forEach(d -> assertTrue(d.isIntegralNumber()));
            for (JsonNode o : i.get("overrides")) {
                assertEquals(List.of("dimension", "from", "to", "reason"), keys(o));
            }
            if (!i.get("sensitivity").isNull()) {
                assertEquals(List.of("input", "from", "to", "band", "text"), keys(i.get("sensitivity")));
            }
        }
        for (JsonNode n : p.get("notScored")) {
            assertEquals(List.of("issue", "reason"), keys(n));
        }
    }

    @Test
    void displacementAndConcentration() throws Exception {
        JsonNode w = json("displacement", "--places", "../sample-data/synthetic/places.csv", "--target", "Market Square",
                "--control", "Railway Station", "--date", "2025-01", "--months", "6", "--format", "json");
        assertEquals(List.of("local", "displacement", "estimate", "standardError", "confidence", "lower", "upper", "z",
                "notes"), keys(w));
        allNumbersOrNull(w, "local", "displacement", "estimate", "standardError", "confidence", "lower", "upper", "z");
        assertTrue(w.get("notes").isArray() && w.get("notes").size() > 0, "no buffer: the notes say so");
        // Concentration, in the library (README "hotspots": "Lorenz curve in JSON")
        JsonNode c = MAPPER.readTree(org.cspstat.json.CspstatJson.write(org.cspstat.hotspot.Concentration.of(
                new long[] {1, 3, 0, 6})));
        assertEquals(List.of("areas", "incidents", "gini", "top5Areas", "top5Share", "top10Areas", "top10Share", "lorenz"),
                keys(c));
        for (JsonNode p : c.get("lorenz")) {
            assertEquals(List.of("areaShare", "incidentShare"), keys(p));
        }
    }

    @Test
    void locationsOutcomesPlanAndAreas() throws Exception {
        JsonNode l = json("locations", "--top", "5", "--format", "json");
        assertEquals(List.of("issue", "currentPeriod", "previousPeriod", "located", "topTenShare", "rows"), keys(l));
        assertEquals(5, l.get("rows").size());
        for (JsonNode r : l.get("rows")) {
            assertEquals(List.of("location", "area", "longitude", "latitude", "current", "previous", "change"), keys(r));
        }
        JsonNode o = json("outcomes", "--data", "../core/src/test/resources/outcome", "--outcomes",
                "../core/src/test/resources/outcome", "--area-prefix", "Stevenage", "--period", "2021-02..2021-02",
                "--previous", "2021-01..2021-01", "--format", "json");
        assertEquals(List.of("currentPeriod", "previousPeriod", "byCategory", "byArea", "chargeShare", "account"), keys(o));
        List<String> groups = List.of("name", "crimes", "charged_or_summonsed", "other_sanction", "no_suspect_identified",
                "unable_to_prosecute", "under_investigation", "other");
        o.get("byCategory").forEach(r -> assertEquals(groups, keys(r)));
        o.get("byArea").forEach(r -> assertEquals(groups, keys(r)));
        for (JsonNode s : o.get("chargeShare")) {
            assertEquals(List.of("category", "chargedNow", "crimesNow", "shareNow", "chargedBefore", "crimesBefore",
                    "shareBefore", "pValue", "pAdjusted"), keys(s));
        }
        assertEquals(List.of("streetRows", "crimes", "asb", "outsideArea", "streetRejected", "outcomeRows", "linked",
                "unlinked", "outcomeRejected", "crimesWithOutcomeFromFile", "rejects"), keys(o.get("account")));
        o.get("account").get("rejects").forEach(r -> assertTrue(r.isTextual()));

        JsonNode p = json("plan", "--action-plan", "../sample-data/action-plan/action-plan.csv", "--format", "json");
        assertEquals(List.of("source", "themes"), keys(p));
        for (JsonNode t : p.get("themes")) {
            assertEquals(List.of("theme", "actions", "complete", "onTrack", "atRisk", "notStarted", "percentComplete",
                    "evidence"), keys(t));
        }
        assertEquals("All themes", p.get("themes").get(p.get("themes").size() - 1).get("theme").asText());

        JsonNode a = json("areas", "--format", "json");
        assertEquals(List.of("districts", "partialDistricts", "rowsWithoutDistrict", "accepted"), keys(a));
        for (JsonNode d : a.get("districts")) {
            assertEquals(List.of("district", "lsoas", "rows"), keys(d));
        }
    }
}
