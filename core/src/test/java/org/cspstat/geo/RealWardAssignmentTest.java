package org.cspstat.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Stevenage's police.uk rows of June 2021 placed in the real 2025 ward boundaries. */
class RealWardAssignmentTest {

    @Test
    void placesNearlyEveryIncidentInAWardThatAgreesWithItsLsoaLookup() throws IOException {
        PolygonIndex wards = Polygons.read(Fixtures.wards());
        Map<String, String> lsoaToWard =
                wards.lookupByCentroid(Polygons.read(Fixtures.lsoas()).regions());
        Map<String, String> names = new TreeMap<>();
        wards.regions().forEach(r -> names.put(r.code(), r.name()));
        int rows = 0;
        int placed = 0;
        int agree = 0;
        int ownLsoa = 0;
        PolygonIndex lsoas = Polygons.read(Fixtures.lsoas());
        Map<String, Integer> byWard = new TreeMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                .ofNamedCsvRecord(Fixtures.resource("points-2021-06.csv"))) {
            for (NamedCsvRecord r : csv) {
                rows++;
                double lon = Double.parseDouble(r.getField("Longitude"));
                double lat = Double.parseDouble(r.getField("Latitude"));
                var ward = wards.first(lon, lat);
                if (lsoas.containing(lon, lat).stream()
                        .anyMatch(l -> l.code().equals(r.getField("LSOA code")))) {
                    ownLsoa++;
                }
                if (ward.isPresent()) {
                    placed++;
                    byWard.merge(ward.get().name(), 1, Integer::sum);
                    if (ward.get().code().equals(lsoaToWard.get(r.getField("LSOA code")))) {
                        agree++;
                    }
                }
            }
        }
        assertEquals(1017, rows);
        assertTrue(placed >= 0.99 * rows, placed + " of " + rows + " placed");
        // police.uk gives each row the LSOA of its anonymised map point: nearly all lie in the
        // polygon of that LSOA (the rest sit on boundary roads)
        assertTrue(ownLsoa >= 0.95 * rows, ownLsoa + " of " + rows + " in their own LSOA");
        // 2011 LSOAs do not nest in the 2025 wards, so a centroid lookup misplaces some rows
        // (about a fifth here); placing points in ward polygons avoids that
        assertTrue(agree >= 0.75 * placed, agree + " of " + placed + " agree");
        assertEquals(names.size(), byWard.size());
        assertTrue(byWard.containsKey("Bedwell"));
        assertTrue(byWard.containsKey("Symonds Green"));
    }
}
