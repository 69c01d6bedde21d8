package org.cspstat.hotspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.cspstat.geo.BritishNationalGrid;
import org.cspstat.geo.EastingNorthing;
import org.cspstat.geo.LonLat;
import org.junit.jupiter.api.Test;

class GridTest {
    private static final Grid GRID = Grid.covering(List.of(new EastingNorthing(523942.3, 223915.8),
            new EastingNorthing(524610, 224100)), 250);

    @Test
    void snapsTheOriginToAMultipleOfTheCellSize() {
        // floor(523942.3 / 250) * 250 = 523750; floor(223915.8 / 250) * 250 = 223750;
        // cols = floor((524610 - 523750) / 250) + 1 = 4; rows = floor((224100 - 223750) / 250) + 1 = 2
        assertEquals(new Grid(523750, 223750, 250, 2, 4), GRID);
        assertEquals(8, GRID.size());
    }

    @Test
    void putsAPointOnABoundaryInTheCellNorthEastOfIt() {
        assertEquals(5, GRID.indexOf(new EastingNorthing(524000, 224000))); // row 1, col 1
        assertEquals(0, GRID.indexOf(new EastingNorthing(523750, 223750)));
        assertEquals(7, GRID.indexOf(new EastingNorthing(524610, 224100)));
    }

    @Test
    void rejectsAPointOutsideTheGrid() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GRID.indexOf(new EastingNorthing(523749, 223800)));
        assertEquals("point EastingNorthing[easting=523749.0, northing=223800.0] is outside the grid",
                e.getMessage());
    }

    @Test
    void placesCentroidsAndCornersOnTheGrid() {
        assertEquals(new EastingNorthing(524125, 224125), GRID.centroid(1, 1));
        List<LonLat> corners = GRID.cornersLonLat(1, 1);
        assertEquals(5, corners.size());
        assertEquals(corners.get(0), corners.get(4));
        EastingNorthing sw = BritishNationalGrid.toGrid(corners.get(0));
        EastingNorthing ne = BritishNationalGrid.toGrid(corners.get(2));
        assertEquals(0, sw.distanceTo(new EastingNorthing(524000, 224000)), 0.01);
        assertEquals(0, ne.distanceTo(new EastingNorthing(524250, 224250)), 0.01);
        LonLat centre = GRID.centroidLonLat(1, 1);
        assertEquals(0, BritishNationalGrid.toGrid(centre).distanceTo(GRID.centroid(1, 1)), 0.01);
    }

    @Test
    void rejectsANonPositiveCellSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Grid.covering(List.of(new EastingNorthing(1, 1)), 0));
        assertEquals("cell size must be a positive number of metres but was 0.0", e.getMessage());
    }
}
