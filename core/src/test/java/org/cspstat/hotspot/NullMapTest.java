package org.cspstat.hotspot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cspstat.geo.Boundary;
import org.cspstat.geo.BritishNationalGrid;
import org.cspstat.geo.EastingNorthing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Null maps: Stevenage's real police.uk incidents of June 2021 (OGL v3.0), counted on the grid
 * of the study area (the cells overlapping the thirteen wards), then the cell counts moved at
 * random among the area's cells, which removes any spatial pattern while keeping the real mix
 * of empty, quiet and busy cells. A map that finds a hot cell in such a shuffle is a false
 * alarm; the target is at most 5% of null maps with one (Benjamini–Hochberg controls the false
 * discovery rate, which under a complete null is the chance of any false alarm). With the
 * normal p-values and the bounding rectangle the issue measured 11% at 250 m and 76% at 100 m.
 * The measured figures are in docs/hotspot.md.
 */
class NullMapTest {
    static int[] counts(Grid grid, boolean[] inArea, List<EastingNorthing> points) {
        int[] out = new int[grid.size()];
        for (EastingNorthing p : points) {
            int r = grid.rowOf(p.northing());
            int c = grid.colOf(p.easting());
            if (r >= 0 && r < grid.rows() && c >= 0 && c < grid.cols() && inArea[r * grid.cols() + c]) {
                out[r * grid.cols() + c]++;
            }
        }
        return out;
    }

    static List<EastingNorthing> stevenageJune2021() throws IOException, URISyntaxException {
        Path file = Path.of(NullMapTest.class.getResource("/boundaries/stevenage/points-2021-06.csv").toURI());
        List<EastingNorthing> points = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (NamedCsvRecord r : csv) {
                points.add(BritishNationalGrid.toGrid(Double.parseDouble(r.getField("Longitude")),
                        Double.parseDouble(r.getField("Latitude"))));
            }
        }
        return points;
    }

    @ParameterizedTest(name = "{0} m cells, {1} permutations, {2} null maps")
    @CsvSource({"250, 9999, 100, 5", "100, 999, 50, 2"})
    void atMostFivePercentOfNullMapsHaveAHotCell(double cellSize, int permutations, int maps, int allowed)
            throws IOException, URISyntaxException {
        Boundary wards = Boundary.read(Path.of(getClass().getResource("/boundaries/stevenage/ward.geojson").toURI()));
        StudyArea area = StudyArea.boundary(wards);
        Grid grid = Grid.covering(area.extent(), cellSize);
        boolean[] inArea = area.cells(grid);
        int[] observed = counts(grid, inArea, stevenageJune2021());
        List<Integer> slots = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < inArea.length; i++) {
            if (inArea[i]) {
                slots.add(i);
                values.add(observed[i]);
            }
        }
        SplittableRandom random = new SplittableRandom(7);
        int withHot = 0;
        for (int map = 0; map < maps; map++) {
            for (int i = values.size() - 1; i > 0; i--) { // Fisher–Yates: counts moved at random among the area's cells
                int j = random.nextInt(i + 1);
                Integer t = values.get(i);
                values.set(i, values.get(j));
                values.set(j, t);
            }
            double[][] x = new double[grid.rows()][grid.cols()];
            for (int k = 0; k < slots.size(); k++) {
                x[slots.get(k) / grid.cols()][slots.get(k) % grid.cols()] = values.get(k);
            }
            GiStar g = GiStar.permutation(x, inArea, permutations, 1000L + map);
            boolean anyHot = false;
            for (int r = 0; r < grid.rows() && !anyHot; r++) {
                for (int c = 0; c < grid.cols() && !anyHot; c++) {
                    anyHot = g.hot(r, c);
                }
            }
            withHot += anyHot ? 1 : 0;
        }
        System.out.printf("null maps at %.0f m (%d cells in the area, %d permutations): %d of %d with a hot cell%n",
                cellSize, slots.size(), permutations, withHot, maps);
        assertTrue(withHot <= allowed, withHot + " of " + maps + " null maps had a hot cell");
    }
}
