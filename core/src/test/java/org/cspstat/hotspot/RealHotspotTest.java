package org.cspstat.hotspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stevenage's police.uk rows of June 2021 (Open Government Licence v3.0). */
class RealHotspotTest {

    @Test
    void findsTheTownCentreHot() throws IOException, URISyntaxException {
        Path file = Path.of(getClass().getResource("/boundaries/stevenage/points-2021-06.csv").toURI());
        List<PointCount> points = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (NamedCsvRecord r : csv) {
                points.add(new PointCount(Double.parseDouble(r.getField("Longitude")),
                        Double.parseDouble(r.getField("Latitude")), 1, r.getField("Location"),
                        r.getField("LSOA code")));
            }
        }
        org.cspstat.geo.Boundary stevenage = org.cspstat.geo.Boundary.read(
                Path.of(getClass().getResource("/boundaries/stevenage/ward.geojson").toURI()));
        HotspotResult map = HotspotMap.of(points, Grid.DEFAULT_CELL_SIZE,
                new HotspotMap.Options(StudyArea.boundary(stevenage), 0, HotspotMap.DEFAULT_SEED));
        System.out.println(map.cells().size() + " cells of " + map.grid().size() + ", outside " + map.outsideArea()
                + ", hot " + map.cells().stream().filter(HotspotCell::hot).map(c -> c.location() + " " + c.count()).toList());
        HotspotCell busiest = map.cells().stream()
                .max(Comparator.comparingLong(HotspotCell::count)).orElseThrow();
        assertTrue(busiest.hot());
        // Stevenage town centre: the Market Square and the bus station are in hot cells
        List<String> hotPlaces = map.cells().stream().filter(HotspotCell::hot)
                .map(HotspotCell::location).toList();
        assertTrue(hotPlaces.contains("On or near Market Square"), hotPlaces.toString());
        assertTrue(hotPlaces.contains("On or near Bus/Coach Station"), hotPlaces.toString());
        // the grid keeps the cells overlapping the thirteen wards, not the rectangle around them
        assertTrue(map.cells().size() < map.grid().size());
    }
}
