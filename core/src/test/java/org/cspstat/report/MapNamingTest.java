package org.cspstat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.cspstat.geo.BritishNationalGrid;
import org.cspstat.geo.EastingNorthing;
import org.cspstat.geo.PolygonIndex;
import org.cspstat.geo.Polygons;
import org.cspstat.hotspot.HotspotCell;
import org.junit.jupiter.api.Test;

/** Hot cells named after the ward they lie in, and wards drawn under the map with a label inside each. */
class MapNamingTest {
    /** Two wards side by side: Bedwell west of lon −0.20, an L-shaped Old Town east of it. */
    static PolygonIndex wards() throws Exception {
        String json = """
                {"type":"FeatureCollection","features":[
                {"type":"Feature","properties":{"WD25CD":"E05000001","WD25NM":"Bedwell"},"geometry":{"type":"Polygon",
                 "coordinates":[[[-0.22,51.89],[-0.20,51.89],[-0.20,51.91],[-0.22,51.91],[-0.22,51.89]]]}},
                {"type":"Feature","properties":{"WD25CD":"E05000002","WD25NM":"Old Town"},"geometry":{"type":"Polygon",
                 "coordinates":[[[-0.20,51.89],[-0.16,51.89],[-0.16,51.895],[-0.195,51.895],[-0.195,51.91],
                 [-0.20,51.91],[-0.20,51.89]]]}}]}""";
        return Polygons.parse("wards", new StringReader(json), null, null);
    }

    static HotspotCell at(double lon, double lat, long count, String location) {
        EastingNorthing en = BritishNationalGrid.toGrid(lon, lat);
        return new HotspotCell((int) (en.northing() / 250), (int) (en.easting() / 250), count, 5, 0.0001, 0.001, true, false, lat, lon, en.easting(), en.northing(),
                location, "E01000001", null);
    }

    @Test
    void aHotCellIsNamedAfterItsWardNotItsSnapPoint() throws Exception {
        HotspotSection.Naming naming = new HotspotSection.Naming(wards(), null, null);
        HotspotCell bedwell = at(-0.21, 51.90, 30, "On or near Petrol Station");
        HotspotCell oldTown = at(-0.17, 51.892, 20, "On or near Parking Area");
        assertEquals("Bedwell", naming.name(bedwell));
        assertEquals("Old Town", naming.name(oldTown));
        Map<HotspotCell, String> names = HotspotSection.names(List.of(bedwell, oldTown), naming);
        assertEquals(List.of("Bedwell", "Old Town"), List.copyOf(names.values()));
        // outside every ward, a generic snap-point type gives way to the LSOA
        assertEquals("E01000001", naming.name(at(-0.30, 51.80, 5, "On or near Parking Area")));
        assertEquals("High Street", naming.name(at(-0.30, 51.80, 5, "On or near High Street")));
    }

    @Test
    void eachWardIsDrawnWithItsNameInsideIt() throws Exception {
        HotspotSection.Naming naming = new HotspotSection.Naming(wards(), null, null);
        List<HotspotMapData.MapArea> areas = naming.mapAreas(List.of(at(-0.21, 51.90, 30, "x")));
        assertEquals(List.of("Bedwell", "Old Town"), areas.stream().map(HotspotMapData.MapArea::name).toList());
        for (HotspotMapData.MapArea a : areas) {
            org.cspstat.geo.Region region = wards().regions().stream().filter(r -> r.name().equals(a.name()))
                    .findFirst().orElseThrow();
            // the label point, back in degrees, lies inside the ward (the L-shaped one's centroid would not
            // be far from its corner; the pole of inaccessibility lies in its wide southern arm)
            double lon = region.geometry().getCentroid().getX();
            assertTrue(Double.isFinite(lon));
            EastingNorthing p = a.label();
            org.cspstat.geo.Boundary b = org.cspstat.geo.Boundary.ofLonLat(a.name(), List.of(region.geometry()));
            assertTrue(b.contains(p), a.name() + " label outside the ward");
        }
    }
}
