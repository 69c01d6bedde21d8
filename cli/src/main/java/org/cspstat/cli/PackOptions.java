package org.cspstat.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What the evidence pack is made from, shared by {@code report} and {@code charts}. */
final class PackOptions {
    @Mixin
    DataOptions data;

    @Mixin
    PeriodOptions periods;

    @Mixin
    RiskOptions risk;

    @Mixin
    EvidenceOptions evidence;

    @Option(names = "--category", paramLabel = "NAME",
            description = "Draw the monthly trend of this category or group (repeatable). Default: All crime, "
                    + "All ASB, the significant changes, then the largest categories, eight at most.")
    List<String> trends = new ArrayList<>();

    @Mixin
    GroupOptions groups;

    @Option(names = "--places", paramLabel = "FILE",
            description = "Named places (CSV name,kind,value; kind wkt, geojson, circle or lsoas) ranked instead of "
                    + "the data's areas in 'Where' and the hotspot section; shares are of the whole area")
    java.nio.file.Path places;

    @Option(names = "--cell-size", paramLabel = "METRES",
            description = "Hotspot grid cell side in metres, 10 to 10000 (default: the hotspot analysis's, 250)")
    Double cellSize;

    @Option(names = "--title", paramLabel = "NAME",
            description = "The partnership's name, which begins the pack's title (default: the --area-prefix, if given)")
    String title;

    /** @return the partnership's name for the title: --title, else the --area-prefix; null when neither */
    String title() {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        return data.areaPrefix != null && !data.areaPrefix.isBlank() ? data.areaPrefix.strip() : null;
    }

    @Option(names = "--boundary", paramLabel = "FILE",
            description = "GeoJSON polygons of the study area (their union): the hot-spot grid keeps only the cells "
                    + "overlapping it, and the map draws it. Default: the cells holding at least one police.uk map "
                    + "point of the data.")
    java.nio.file.Path boundary;

    @Option(names = "--map-areas", paramLabel = "FILE",
            description = "Named areas to draw under the hotspot map with their names, and to name the hot cells by: "
                    + "a GeoJSON FeatureCollection in WGS84 such as the ONS ward or LSOA boundaries (name and code "
                    + "properties found automatically, e.g. WD25NM/WD25CD). Default: the --area-polygons, if given.")
    java.nio.file.Path mapAreas;

    @Option(names = "--suppress", paramLabel = "N",
            description = "Disclosure control: show counts from 1 to N-1 at area and location level as \"<N\" in every "
                    + "table of the pack (page, summary, Word, Excel, CSV), and leave empty what is worked out from "
                    + "them (change, %% change, share, rate ratio, p); totals are not suppressed. Default: none")
    Integer suppress;

    /** @return the --suppress threshold, 0 when not given */
    int suppress() {
        return SuppressOption.threshold(suppress);
    }

    /** @return the named areas for the map: --map-areas, else --area-polygons; null when neither */
    org.cspstat.geo.PolygonIndex mapAreas() {
        java.nio.file.Path file = mapAreas != null ? mapAreas : data.areaPolygons;
        return file == null ? null : org.cspstat.geo.Polygons.read(file);
    }

    /** @return the boundary, read, or null when none was given */
    org.cspstat.geo.Boundary boundary() {
        return boundary == null ? null : org.cspstat.geo.Boundary.read(boundary);
    }
}
