package org.cspstat.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.cspstat.io.Dataset;
import org.cspstat.io.LoadOptions;
import org.cspstat.io.Loader;
import org.cspstat.period.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repeat locations on a hand-made street file; every count is worked out by hand in the file's comments below. */
class RepeatLocationsTest {
    @TempDir
    Path dir;

    @Test
    void topLocationsWithChangeShareAndGenericNamesWithTheirArea() throws Exception {
        String h = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,"
                + "Last outcome category,Context\n";
        StringBuilder jan22 = new StringBuilder(h);
        StringBuilder jan21 = new StringBuilder(h);
        // now: car park A (001A) 3 crimes, car park B (001B) 2, High Street 1, and 2 ASB at High Street (not crime)
        row(jan22, "2022-01", -0.2, 51.9, "On or near Parking Area", "E01000001", "Stevenage 001A", "Burglary", 3);
        row(jan22, "2022-01", -0.21, 51.91, "On or near Parking Area", "E01000002", "Stevenage 001B", "Shoplifting", 2);
        row(jan22, "2022-01", -0.22, 51.92, "On or near High Street", "E01000002", "Stevenage 001B", "Drugs", 1);
        row(jan22, "2022-01", -0.22, 51.92, "On or near High Street", "E01000002", "Stevenage 001B",
                "Anti-social behaviour", 2);
        // a year earlier: car park A 1, High Street 4
        row(jan21, "2021-01", -0.2, 51.9, "On or near Parking Area", "E01000001", "Stevenage 001A", "Burglary", 1);
        row(jan21, "2021-01", -0.22, 51.92, "On or near High Street", "E01000002", "Stevenage 001B", "Drugs", 4);
        Files.writeString(dir.resolve("2022-01-x-street.csv"), jan22);
        Files.writeString(dir.resolve("2021-01-x-street.csv"), jan21);
        Dataset d = Loader.load(LoadOptions.builder().data(dir).positions(true).build());
        RepeatLocations r = RepeatLocations.of(d.counts(), "All crime",
                Period.of(YearMonth.of(2022, 1), YearMonth.of(2022, 1)),
                Period.of(YearMonth.of(2021, 1), YearMonth.of(2021, 1)), null, 2);
        assertEquals(6, r.located()); // 3 + 2 + 1 crimes now
        assertEquals(1.0, r.topTenShare(), 0); // three locations, all in the top ten
        assertEquals(2, r.rows().size());
        assertEquals(List.of("1", "On or near Parking Area, Stevenage 001A", "Stevenage 001A", "-0.2", "51.9", "3", "1",
                "2"), r.cells().get(0));
        assertEquals(List.of("On or near Parking Area, Stevenage 001B", 2L, 0L),
                List.of(r.rows().get(1).name(), r.rows().get(1).current(), r.rows().get(1).previous()));
        assertEquals("On or near High Street", RepeatLocations.name("On or near High Street", "Stevenage 001B"));
    }

    private static void row(StringBuilder s, String month, double lon, double lat, String location, String code,
            String name, String type, int times) {
        for (int i = 0; i < times; i++) {
            s.append(",").append(month).append(",F,F,").append(lon).append(',').append(lat).append(',').append(location)
                    .append(',').append(code).append(',').append(name).append(',').append(type).append(",,\n");
        }
    }
}
