package org.cspstat.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticDistrictTest {

    private static final int MONTH = 1;
    private static final int LON = 4;
    private static final int LOCATION = 6;
    private static final int LSOA_CODE = 7;
    private static final int TYPE = 9;
    private static final int OUTCOME = 10;

    @TempDir
    static Path out;
    static List<String> written;
    static List<List<String>> rows;

    @BeforeAll
    static void generate() throws IOException {
        written = SyntheticDistrict.write(out.resolve("a"), SyntheticDistrict.DEFAULT_SEED);
        rows = StreetRows.readAll(out.resolve("a"));
    }

    @Test
    void sameSeedGivesTheSameBytes() throws IOException {
        SyntheticDistrict.write(out.resolve("b"), SyntheticDistrict.DEFAULT_SEED);
        for (String relative : written) {
            assertArrayEquals(Files.readAllBytes(out.resolve("a").resolve(relative)),
                    Files.readAllBytes(out.resolve("b").resolve(relative)), relative);
        }
    }

    @Test
    void anotherSeedGivesOtherRows() throws IOException {
        SyntheticDistrict.write(out.resolve("c"), SyntheticDistrict.DEFAULT_SEED + 1);
        String file = "2024-07/2024-07-northbrook-street.csv";
        assertNotEquals(Files.readString(out.resolve("a").resolve(file)), Files.readString(out.resolve("c").resolve(file)));
    }

    @Test
    void committedSampleDataIsTheGeneratorsOutput() throws IOException {
        Path committed = Path.of("..", "sample-data", "synthetic");
        assertEquals(Files.readString(out.resolve("a/index.txt")), Files.readString(committed.resolve("index.txt")));
        for (String relative : written) {
            assertArrayEquals(Files.readAllBytes(out.resolve("a").resolve(relative)),
                    Files.readAllBytes(committed.resolve(relative)), relative);
        }
    }

    @Test
    void indexListsFortyFourMonthsAndTheTwoGeographyFilesButNotTheGap() throws IOException {
        assertEquals(46, written.size());
        assertEquals("2022-04/2022-04-northbrook-street.csv", written.get(0));
        assertEquals("2025-12/2025-12-northbrook-street.csv", written.get(43));
        assertEquals(List.of("lookup.csv", "places.csv"), written.subList(44, 46));
        assertFalse(written.contains("2023-02/2023-02-northbrook-street.csv"));
        assertFalse(Files.exists(out.resolve("a/2023-02")));
        assertTrue(Files.exists(out.resolve("a/2023-01/2023-01-northbrook-street.csv")));
        assertTrue(Files.exists(out.resolve("a/2023-03/2023-03-northbrook-street.csv")));
    }

    @Test
    void volumesAreLikeStevenage() {
        Map<String, Integer> perMonth = new TreeMap<>();
        int asb = 0;
        for (List<String> row : rows) {
            perMonth.merge(row.get(MONTH), 1, Integer::sum);
            asb += row.get(TYPE).equals("Anti-social behaviour") ? 1 : 0;
        }
        assertEquals(44, perMonth.size());
        perMonth.forEach((month, n) -> assertTrue(n >= 600 && n <= 1100, month + " has " + n + " rows"));
        double mean = rows.size() / 44.0;
        assertTrue(mean > 800 && mean < 900, "mean rows a month " + mean);
        double asbShare = (double) asb / rows.size();
        assertTrue(asbShare > 0.20 && asbShare < 0.25, "ASB share " + asbShare);
    }

    @Test
    void violenceIsTheLargestCrimeTypeAndAsbPeaksInSummer() {
        Map<String, Integer> byType = new HashMap<>();
        int july = 0;
        int january = 0;
        for (List<String> row : rows) {
            byType.merge(row.get(TYPE), 1, Integer::sum);
            if (row.get(TYPE).equals("Anti-social behaviour")) {
                july += row.get(MONTH).endsWith("-07") ? 1 : 0;
                january += row.get(MONTH).endsWith("-01") ? 1 : 0;
            }
        }
        String largest = byType.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertEquals("Violence and sexual offences", largest);
        assertEquals(14, byType.size());
        assertTrue(july > 1.3 * january, "July ASB " + july + " vs January " + january);
    }

    @Test
    void rowsLookLikePoliceUkRows() {
        int noLocation = 0;
        Map<String, Integer> ids = new HashMap<>();
        for (List<String> row : rows) {
            assertEquals(12, row.size());
            assertEquals("Northbrook Constabulary", row.get(2));
            assertEquals("", row.get(11));
            boolean asb = row.get(TYPE).equals("Anti-social behaviour");
            assertEquals(asb, row.get(0).isEmpty());
            assertEquals(asb, row.get(OUTCOME).isEmpty());
            if (!asb) {
                assertTrue(row.get(0).matches("[0-9a-f]{64}"), row.get(0));
                ids.merge(row.get(0), 1, Integer::sum);
            }
            if (row.get(LOCATION).equals("No Location")) {
                noLocation++;
                assertEquals("", row.get(LON) + row.get(5) + row.get(LSOA_CODE) + row.get(8));
            } else {
                assertTrue(row.get(LON).matches("-0\\.9\\d{5}"), row.get(LON));
                assertTrue(row.get(5).matches("52\\.[56]\\d{5}"), row.get(5));
                assertTrue(row.get(LSOA_CODE).matches("E019000[0-4]\\d"), row.get(LSOA_CODE));
                assertTrue(row.get(LOCATION).startsWith("On or near "), row.get(LOCATION));
            }
        }
        assertTrue(noLocation > 40 && noLocation < 400, "no-location rows " + noLocation);
        long repeated = ids.values().stream().filter(n -> n > 1).count();
        assertTrue(repeated > 0 && repeated < 40, "repeated crime ids " + repeated);
    }

    @Test
    void someLocationsAreQuotedAsPoliceUkQuotesThem() throws IOException {
        String text = Files.readString(out.resolve("a/2025-07/2025-07-northbrook-street.csv"), StandardCharsets.UTF_8);
        assertTrue(text.contains(",\"On or near "), "a quoted Location field");
    }

    /**
     * The planted changes, Apr-Dec 2025 against Apr-Dec 2024, counted here with plain Java.
     * z = (a - b) / sqrt(a + b) is the normal approximation of the conditional binomial test of
     * equal rates (DOMAIN.md section 3, equal exposures): |z| > 3 is a clear change, |z| < 2 noise.
     */
    @Test
    void plantedChangesArePresentInTheCounts() {
        Map<String, int[]> counts = new HashMap<>();
        for (List<String> row : rows) {
            String month = row.get(MONTH);
            int period = month.compareTo("2024-04") >= 0 && month.compareTo("2024-12") <= 0 ? 0
                    : month.compareTo("2025-04") >= 0 && month.compareTo("2025-12") <= 0 ? 1 : -1;
            if (period >= 0) {
                counts.computeIfAbsent(row.get(TYPE), k -> new int[2])[period]++;
            }
        }
        assertChange(counts.get("Shoplifting"), 1.30, 1.55, 3, 99);
        assertChange(counts.get("Robbery"), 0.50, 0.75, -99, -2.5);
        assertChange(counts.get("Vehicle crime"), 0.72, 0.88, -99, -3);
        assertChange(counts.get("Burglary"), 0.90, 1.10, -2, 2);
        assertChange(counts.get("Anti-social behaviour"), 1.00, 1.08, -2, 2);
    }

    private static void assertChange(int[] ab, double lowRatio, double highRatio, double lowZ, double highZ) {
        double ratio = (double) ab[1] / ab[0];
        double z = (ab[1] - ab[0]) / Math.sqrt(ab[1] + ab[0]);
        String what = ab[0] + " -> " + ab[1] + ", ratio " + ratio + ", z " + z;
        assertTrue(ratio >= lowRatio && ratio <= highRatio, what);
        assertTrue(z >= lowZ && z <= highZ, what);
    }

    @Test
    void marketSquareIsQuietUntil2025AndBusyAfter() {
        int[] asbByMonth = new int[12 * 4];
        for (List<String> row : rows) {
            String location = row.get(LOCATION);
            boolean square = location.equals("On or near Market Square") || location.equals("On or near Market Street")
                    || location.equals("On or near Corn Exchange Yard") || location.equals("On or near Butter Cross");
            if (square && row.get(TYPE).equals("Anti-social behaviour")) {
                String month = row.get(MONTH);
                asbByMonth[(Integer.parseInt(month.substring(0, 4)) - 2022) * 12 + Integer.parseInt(month.substring(5)) - 1]++;
            }
        }
        int during2024 = 0;
        for (int m = 24; m < 36; m++) {
            during2024 += asbByMonth[m];
        }
        int aprToDec2025 = 0;
        for (int m = 39; m < 48; m++) {
            aprToDec2025 += asbByMonth[m];
        }
        assertTrue(during2024 < 12 * 4, "2024 Market Square ASB " + during2024);
        assertTrue(aprToDec2025 > 9 * 15, "Apr-Dec 2025 Market Square ASB " + aprToDec2025);
    }

    @Test
    void lookupAndPlacesUseTheInventedCodes() throws IOException {
        List<String> lookup = Files.readAllLines(out.resolve("a/lookup.csv"));
        assertEquals("LSOA11CD,LSOA11NM,WD22CD,WD22NM,LAD22CD,LAD22NM", lookup.get(0));
        assertEquals(46, lookup.size());
        assertEquals("E01900001,Northbrook 001A,E05900003,St Anne's,E07900001,Northbrook", lookup.get(1));
        assertEquals(6, lookup.stream().skip(1).map(l -> l.split(",")[2]).distinct().count());
        List<String> places = Files.readAllLines(out.resolve("a/places.csv"));
        assertEquals("name,kind,value", places.get(0));
        assertTrue(places.get(1).matches("Market Square,circle,-0\\.9\\d{5} 52\\.6\\d{5} 200"), places.get(1));
        assertTrue(places.get(2).startsWith("Town Centre,wkt,\"POLYGON (("), places.get(2));
        assertTrue(places.get(3).matches("Hillside Estate,lsoas,(E019000\\d\\d ?)+"), places.get(3));
    }
}
