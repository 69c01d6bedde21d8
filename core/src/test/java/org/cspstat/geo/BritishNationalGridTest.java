package org.cspstat.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BritishNationalGridTest {

    @Test
    void projectsTheBuildNotesReferencePoint() {
        // BUILD-NOTES: (-0.2, 51.9) -> E 523942, N 223915 with proj4j's EPSG:27700
        EastingNorthing p = BritishNationalGrid.toGrid(-0.2, 51.9);
        assertEquals(523942, p.easting(), 0.5);
        assertEquals(223915, p.northing(), 0.5);
    }

    @Test
    void agreesWithOnsWardLabelPointsWithinFiveMetres() {
        // ONS ward.geojson publishes each ward's label point both as BNG_E/BNG_N (whole metres,
        // OSTN15) and LONG/LAT; proj4j's Helmert shift is good to a few metres.
        double[][] ons = {
            {524427, 225207, -0.192461, 51.91151}, // Almond Hill
            {524482, 223784, -0.192175, 51.89871}, // Bedwell
            {526633, 221610, -0.161726, 51.87869}, // Longmeadow
            {522402, 224859, -0.222009, 51.90883}, // Symonds Green
            {525427, 226714, -0.177382, 51.92483}, // St Nicholas
        };
        for (double[] w : ons) {
            EastingNorthing p = BritishNationalGrid.toGrid(w[2], w[3]);
            assertEquals(0, p.distanceTo(new EastingNorthing(w[0], w[1])), 5.0);
        }
    }

    @Test
    void convertsBackToTheSameLongitudeAndLatitude() {
        EastingNorthing p = BritishNationalGrid.toGrid(-0.2035, 51.9025);
        LonLat back = BritishNationalGrid.toLonLat(p.easting(), p.northing());
        assertEquals(-0.2035, back.lon(), 1e-7);
        assertEquals(51.9025, back.lat(), 1e-7);
    }

    @Test
    void givesTheSameAnswerFromManyThreads() {
        List<EastingNorthing> sequential = IntStream.range(0, 2000)
                .mapToObj(i -> BritishNationalGrid.toGrid(-0.25 + i * 1e-4, 51.85 + i * 5e-5))
                .toList();
        List<EastingNorthing> parallel = IntStream.range(0, 2000).parallel()
                .mapToObj(i -> BritishNationalGrid.toGrid(-0.25 + i * 1e-4, 51.85 + i * 5e-5))
                .toList();
        assertEquals(sequential, parallel);
    }

    @Test
    void rejectsMissingCoordinatesRatherThanPlacingThemAtZero() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BritishNationalGrid.toGrid(Double.NaN, 51.9));
        assertEquals("longitude must be in [-180, 180] but was NaN", e.getMessage());
    }
}
