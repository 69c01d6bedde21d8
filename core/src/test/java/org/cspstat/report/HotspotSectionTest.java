package org.cspstat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cspstat.hotspot.HotspotCell;
import org.cspstat.hotspot.HotspotReport;
import org.junit.jupiter.api.Test;

class HotspotSectionTest {
    static HotspotCell cell(int row, int col, double z, boolean hot, String location) {
        return new HotspotCell(row, col, 10, z, 0.001, 0.01, hot, false, 51.9, -0.2, 523000 + 250 * col,
                224000 + 250 * row, location, "E01000001", null);
    }

    @Test
    void theSampleMapMarksTheEmergingMarketSquareAndNamesItsClusters() {
        org.cspstat.io.Dataset d = org.cspstat.io.Loader.load(org.cspstat.io.LoadOptions.builder().sample().positions(true).build());
        HotspotReport r = org.cspstat.hotspot.HotspotAnalysis.of(d).run();
        HotspotMapData map = (HotspotMapData) HotspotSection.of(r, d.source(), "LSOA").charts().get(0);
        // a partial last quarter is not a quarter: every period of a quarterly run has three months
        int first = r.emergingPeriods().get(0).months().size();
        org.junit.jupiter.api.Assertions.assertTrue(r.emergingPeriods().stream().allMatch(p -> p.months().size() == first),
                r.emergingPeriods().toString());
        List<HotspotMapData.MapCell> marked = map.cells().stream().filter(HotspotMapData.MapCell::emerging).toList();
        // the synthetic district plants an emerging hot spot at Market Square and a persistent one in the town centre;
        // Market Square's points spread over about one 250 m cell, and Gi* by conditional permutation keeps a
        // cell's own count and asks whether its neighbours are high, so only the town centre is found
        for (HotspotCell c : r.map().cells()) {
            boolean rising = c.emerging() != null && HotspotSection.rising(c.emerging());
            if (rising) {
                org.junit.jupiter.api.Assertions.assertTrue(marked.stream().anyMatch(m -> m.easting() == c.easting()
                        && m.northing() == c.northing()), c.location());
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(map.emergingLabel().startsWith("new, emerging or intensifying ("),
                map.emergingLabel());
        List<String> labels = map.cells().stream().map(HotspotMapData.MapCell::label).filter(l -> !l.isEmpty()).toList();
        assertEquals(List.of("Theatre"), labels);
        org.junit.jupiter.api.Assertions.assertTrue(map.description().endsWith(marked.isEmpty()
                ? "hot and cold spots coloured." : "marked with a triangle."), map.description());
    }

    @Test
    void theHottestCellsAreNamedOnceEachAndNeverSideBySide() {
        List<HotspotCell> cells = List.of(
                cell(5, 5, 4.0, true, "On or near Market Square"),
                cell(5, 6, 3.9, true, "On or near Bus Station"),        // beside the hottest: not named
                cell(9, 9, 3.5, true, "On or near Market Square"),      // a name already used
                cell(12, 1, 3.0, true, "On or near Pedestrian Subway"), // a snap-point type: named by its LSOA
                cell(1, 12, 2.5, false, "On or near Quiet Lane"),       // not hot
                cell(15, 15, 2.4, true, null),                          // no location
                cell(20, 20, 2.2, true, "Railway Station"),
                cell(25, 25, 2.1, true, "On or near Fourth Place"));    // only three are named
        Map<String, String> named = HotspotSection.names(cells).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().row() + "," + e.getKey().col(), Map.Entry::getValue));
        assertEquals(Map.of("5,5", "Market Square", "12,1", "E01000001", "20,20", "Railway Station"), named);
    }
}
