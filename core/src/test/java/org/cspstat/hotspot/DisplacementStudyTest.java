package org.cspstat.hotspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.cspstat.error.ConfigurationException;
import org.cspstat.error.GapException;
import org.cspstat.error.UsageException;
import org.cspstat.geo.NamedPlaces;
import org.cspstat.io.Dataset;
import org.cspstat.io.LoadOptions;
import org.cspstat.io.Loader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The displacement workflow from core, on hand-made street files for December 2021 (before) and
 * January 2022 (after). Counts, worked out by hand from the rows written below:
 * <pre>
 *   target (circle, 100 m at -0.2 51.9)          5 -> 2    ΔT = -3
 *   buffer (LSOA E01000002, at -0.21 51.9)       1 -> 3    ΔD = +2
 *   control (circle, 100 m at -0.3 51.9)         4 -> 4    ΔC =  0
 *   control buffer (LSOA E01000004, -0.31 51.9)  2 -> 2    ΔDC = 0
 *   local = ΔT − ΔC = −3; displacement = ΔD − ΔDC = 2; WDD = −1
 *   SE = sqrt(5+2+1+3+4+4+2+2) = sqrt(23) = 4.795832
 *   90% interval = −1 ± 1.644854 × 4.795832 = −1 ± 7.888441 = −8.888441 to 6.888441
 * </pre>
 * (R: {@code ptools::wdd(c(4, 4), c(5, 2), c(2, 2), c(1, 3))} gives the same estimate, SE and interval.)
 */
class DisplacementStudyTest {
    private static final String PLACES = "name,kind,value\n"
            + "Target,circle,-0.2 51.9 100\n"
            + "Buffer,lsoas,E01000002\n"
            + "Control,circle,-0.3 51.9 100\n"
            + "Control buffer,lsoas,E01000004\n"
            // 2 km around the target: holds the target's points (and the buffer LSOA's, 690 m away)
            + "Wide ring,circle,-0.2 51.9 2000\n";

    @TempDir
    Path dir;

    private Dataset data;
    private NamedPlaces places;

    @BeforeEach
    void files() throws Exception {
        String h = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,"
                + "Last outcome category,Context\n";
        StringBuilder dec = new StringBuilder(h);
        StringBuilder jan = new StringBuilder(h);
        row(dec, "2021-12", -0.2, "E01000001", 5);
        row(jan, "2022-01", -0.2, "E01000001", 2);
        row(dec, "2021-12", -0.21, "E01000002", 1);
        row(jan, "2022-01", -0.21, "E01000002", 3);
        row(dec, "2021-12", -0.3, "E01000003", 4);
        row(jan, "2022-01", -0.3, "E01000003", 4);
        row(dec, "2021-12", -0.31, "E01000004", 2);
        row(jan, "2022-01", -0.31, "E01000004", 2);
        Files.writeString(dir.resolve("2021-12-x-street.csv"), dec);
        Files.writeString(dir.resolve("2022-01-x-street.csv"), jan);
        data = Loader.load(LoadOptions.builder().data(dir).positions(true).build());
        places = NamedPlaces.parse("places.csv", new StringReader(PLACES));
    }

    private DisplacementStudy study() {
        return DisplacementStudy.of(places).placesName("places.csv").target("Target").buffer("Buffer")
                .control("Control").controlBuffer("Control buffer").start(YearMonth.of(2022, 1)).months(1);
    }

    @Test
    void theFullWddFromTargetBufferControlAndControlBuffer() {
        DisplacementStudy.Result r = study().run(data);
        assertEquals(new Displacement.BeforeAfter(5, 2), r.target().counts());
        assertEquals(new Displacement.BeforeAfter(1, 3), r.buffer().counts());
        assertEquals(new Displacement.BeforeAfter(4, 4), r.control().counts());
        assertEquals(new Displacement.BeforeAfter(2, 2), r.controlBuffer().counts());
        assertEquals("Dec 2021", r.before().label());
        assertEquals("Jan 2022", r.after().label());
        assertEquals(-3, r.result().local(), 0);
        assertEquals(2, r.result().displacement(), 0);
        assertEquals(-1, r.result().estimate(), 0);
        assertEquals(4.795832, r.result().standardError(), 1e-6);
        assertEquals(-8.888441, r.result().lower(), 1e-6);
        assertEquals(6.888441, r.result().upper(), 1e-6);
        assertEquals(List.of(), r.notes());
    }

    @Test
    void withoutABufferTheResultIsTheLocalEffectAndANoteSaysSo() {
        DisplacementStudy.Result r = study().buffer(null).controlBuffer(null).run(data);
        assertNull(r.buffer());
        assertEquals(-3, r.result().estimate(), 0);
        assertEquals(List.of("displacement not estimated: no buffer was given, so the result is the local effect only"),
                r.notes());
        assertTrue(r.notes().stream().noneMatch(n -> n.contains("--")), "no front end's options in core's words");
    }

    @Test
    void aBufferHoldingItsTargetIsRefusedOrHasTheTargetsIncidentsRemoved() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> study().buffer("Wide ring").run(data));
        assertEquals(DisplacementStudy.REMOVE_OVERLAP, e.setting());
        assertTrue(e.getMessage().startsWith("places.csv: 'Wide ring' overlaps 'Target': 1 map point"), e.getMessage());
        assertTrue(!e.getMessage().contains("--"), e.getMessage());
        // the ring holds 5 + 1 before and 2 + 3 after; less the target's 5 and 2, as the buffer LSOA alone
        DisplacementStudy.Result r = study().buffer("Wide ring").removeOverlap(true).run(data);
        assertEquals(new Displacement.BeforeAfter(1, 3), r.buffer().counts());
        assertEquals(-1, r.result().estimate(), 0);
        assertTrue(r.notes().get(0).endsWith("they are counted in 'Target' only (removed from 'Wide ring')"),
                r.notes().get(0));
    }

    @Test
    void requestErrorsAreUsageErrorsAndMissingMonthsAGap() {
        UsageException unknown = assertThrows(UsageException.class, () -> study().control("Nowhere").check());
        assertTrue(unknown.getMessage().startsWith("no place named 'Nowhere' in places.csv: it has Target, Buffer"),
                unknown.getMessage());
        assertThrows(UsageException.class, () -> study().months(0).run(data));
        assertThrows(UsageException.class, () -> study().confidence(1.5).run(data));
        assertThrows(UsageException.class, () -> DisplacementStudy.of(places).target("Target").control("Control").run(data));
        // two months each side: November 2021 and February 2022 have no file: a gap, refused
        assertThrows(GapException.class, () -> study().months(2).run(data));
    }

    private static void row(StringBuilder s, String month, double lon, String lsoa, int times) {
        for (int i = 0; i < times; i++) {
            s.append(",").append(month).append(",F,F,").append(lon).append(",51.9,On or near Somewhere,").append(lsoa)
                    .append(",Town ").append(lsoa, 6, 9).append(",Burglary,,\n");
        }
    }
}
