/**
 * cspstat core: the headless library that reads crime exports into counts and runs the analyses
 * (comparisons, trends, hotspots, risk, peers, outcomes) and builds the evidence pack as data.
 *
 * <p>Exported packages are the API. Not exported: {@code org.cspstat.count.internal} (the
 * loaders' per-thread counters) and {@code org.cspstat.io.internal} (bounded reading of
 * configuration files); byte-level reader helpers stay package-private in {@code org.cspstat.io}.
 * docs/ARCHITECTURE.md lists the packages and their layers.
 */
// the libraries below without a module descriptor are automatic modules (commons-math3 and proj4j
// are named after their jar; JTS declares Automatic-Module-Name); Jackson's are explicit modules
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.cspstat.core {
    // in the API: geo.Region and geo.NamedPlace.PolygonPlace hand out JTS geometries
    requires transitive org.locationtech.jts;
    requires proj4j;
    // proj4j's EPSG definitions (resources only: proj4/nad/epsg)
    requires proj4j.epsg;
    requires commons.math3;
    requires de.siegmar.fastcsv;
    // in the API: json.CspstatJson hands out a configured ObjectMapper and its Module (JSON of the results)
    requires transitive com.fasterxml.jackson.databind;
    // GeoJSON boundaries and places (geo.GeoJson): Jackson's streaming parser
    requires com.fasterxml.jackson.core;

    exports org.cspstat.error;
    exports org.cspstat.model;
    exports org.cspstat.period;
    exports org.cspstat.format;
    exports org.cspstat.stats;
    exports org.cspstat.geo;
    exports org.cspstat.count;
    exports org.cspstat.io;
    exports org.cspstat.compare;
    exports org.cspstat.trend;
    exports org.cspstat.hotspot;
    exports org.cspstat.risk;
    exports org.cspstat.peer;
    exports org.cspstat.source;
    exports org.cspstat.outcome;
    exports org.cspstat.harm;
    exports org.cspstat.place;
    exports org.cspstat.plan;
    exports org.cspstat.timeofday;
    exports org.cspstat.table;
    exports org.cspstat.json;
    exports org.cspstat.report;
}
