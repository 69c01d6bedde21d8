package org.cspstat.json;

import java.io.IOException;
import org.cspstat.compare.ComparisonRow;
import org.cspstat.geo.LonLat;
import org.cspstat.hotspot.Concentration;
import org.cspstat.hotspot.HotspotCell;
import org.cspstat.hotspot.HotspotReport;
import org.cspstat.hotspot.HotspotResult;
import org.cspstat.period.Period;

/**
 * The hotspot results as JSON and GeoJSON.
 *
 * <p>{@link HotspotResult}: {@code cellSize}, {@code rows}, {@code cols}, {@code studyArea},
 * {@code permutations}, {@code seed}, {@code outsideArea} and {@code cells}, each cell with
 * {@code row}, {@code col}, {@code count}, {@code z}, {@code pValue}, {@code pAdjusted}, {@code hot},
 * {@code cold}, {@code centroidLat}, {@code centroidLon}, {@code easting}, {@code northing},
 * {@code location}, {@code lsoa} and {@code emerging} (the class label, or null).
 *
 * <p>{@link HotspotReport}: {@code issue}, {@code currentPeriod}, {@code previousPeriod} (each
 * {@code from}, {@code to}, {@code label}), the map's members as above, {@code withoutLocation},
 * {@code emergingPeriods}, {@code note}, {@code concentration} ({@code areas}, {@code gini},
 * {@code top5Share}, {@code top10Share}) and {@code ranking} (area, areaCode, current, previous,
 * change, percentChange, share, verdict).
 */
final class HotspotJson {
    private HotspotJson() {
    }

    /** The map alone. */
    static final class Map extends ResultSerializer<HotspotResult> {
        private static final long serialVersionUID = 1L;

        Map() {
            super(HotspotResult.class);
        }

        @Override
        void write(HotspotResult map, JsonOut j) throws IOException {
            fields(map, j.beginObject()).endObject();
        }
    }

    /** The report: periods, the map, concentration and the ranking of areas. */
    static final class Report extends ResultSerializer<HotspotReport> {
        private static final long serialVersionUID = 1L;

        Report() {
            super(HotspotReport.class);
        }

        @Override
        void write(HotspotReport r, JsonOut j) throws IOException {
            j.beginObject().name("issue").value(r.issue());
            ComparisonJson.period(j.name("currentPeriod"), r.current());
            ComparisonJson.period(j.name("previousPeriod"), r.previous());
            fields(r.map(), j);
            j.name("withoutLocation").value(r.withoutLocation()).name("emergingPeriods").beginArray();
            for (Period p : r.emergingPeriods()) {
                j.value(p.label());
            }
            j.endArray().name("note").value(r.note().isEmpty() ? null : r.note());
            Concentration c = r.concentration();
            j.name("concentration").beginObject().name("areas").value(c.areas())
                    .name("gini").value(c.gini())
                    .name("top5Share").value(c.top5Share())
                    .name("top10Share").value(c.top10Share()).endObject();
            long total = Math.max(r.total(), 1);
            j.name("ranking").beginArray();
            for (ComparisonRow row : r.ranking().rows()) {
                j.beginObject().name("area").value(row.area()).name("areaCode").value(row.areaCode())
                        .name("current").value(row.current()).name("previous").value(row.previous())
                        .name("change").value(row.change().change()).name("percentChange").value(row.percentChange())
                        .name("share").value((double) row.current() / total).name("verdict").value(row.verdict().words())
                        .endObject();
            }
            j.endArray().endObject();
        }
    }

    /**
     * Writes the map's members into an open object, so a larger report can embed the map.
     *
     * @param map the map
     * @param json a writer inside an object
     * @return the writer, still inside the object
     * @throws IOException when the generator cannot write
     */
    static JsonOut fields(HotspotResult map, JsonOut json) throws IOException {
        json.name("cellSize").value(map.grid().cellSize())
                .name("rows").value(map.grid().rows())
                .name("cols").value(map.grid().cols())
                .name("studyArea").value(map.areaRule())
                .name("permutations").value(map.permutations())
                .name("seed").value(map.seed())
                .name("outsideArea").value(map.outsideArea())
                .name("cells").beginArray();
        for (HotspotCell cell : map.cells()) {
            json.beginObject();
            properties(json, cell);
            json.endObject();
        }
        return json.endArray();
    }

    /**
     * Writes the map as a GeoJSON FeatureCollection of cell squares in WGS84 (corners converted back
     * from the British National Grid), each with the same properties as a cell of the JSON.
     *
     * @param map the map
     * @param json a writer where a value may go
     * @throws IOException when the generator cannot write
     */
    static void geoJson(HotspotResult map, JsonOut json) throws IOException {
        json.beginObject()
                .name("type").value("FeatureCollection")
                .name("features").beginArray();
        for (HotspotCell cell : map.cells()) {
            json.beginObject().name("type").value("Feature")
                    .name("geometry").beginObject().name("type").value("Polygon")
                    .name("coordinates").beginArray().beginArray();
            for (LonLat corner : map.grid().cornersLonLat(cell.row(), cell.col())) {
                json.beginArray().value(corner.lon()).value(corner.lat()).endArray();
            }
            json.endArray().endArray().endObject().name("properties").beginObject();
            properties(json, cell);
            json.endObject().endObject();
        }
        json.endArray().endObject();
    }

    private static void properties(JsonOut json, HotspotCell cell) throws IOException {
        json.name("row").value(cell.row())
                .name("col").value(cell.col())
                .name("count").value(cell.count())
                .name("z").value(cell.z())
                .name("pValue").value(cell.pValue())
                .name("pAdjusted").value(cell.pAdjusted())
                .name("hot").value(cell.hot())
                .name("cold").value(cell.cold())
                .name("centroidLat").value(cell.centroidLat())
                .name("centroidLon").value(cell.centroidLon())
                .name("easting").value(cell.easting())
                .name("northing").value(cell.northing())
                .name("location").value(cell.location())
                .name("lsoa").value(cell.lsoa())
                .name("emerging")
                .value(cell.emerging() == null ? null : cell.emerging().toString());
    }
}
