package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cspstat.cli.SafeOutputTest.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 4, through the real command line: configuration numbers that crashed, hung or
 * exhausted the heap; configuration files that are devices, too large or not UTF-8; a
 * population file that matches nothing or only part of the areas.
 */
class HostileConfigTest {
    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void writeData() throws IOException {
        data = dir.resolve("2021-01-x-street.csv");
        Files.writeString(data, HostileOutputTest.police(List.of("Burglary", "Drugs"), 3));
    }

    private Result priorities(String setting, String value) throws IOException {
        Path settings = dir.resolve("settings.csv");
        Files.writeString(settings, "setting,value\n" + setting + "," + value + "\n");
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> SafeOutputTest.run("priorities", "--data",
                data.toString(), "--period", "2021-01..2021-06", "--settings", settings.toString()));
    }

    @Test
    void settingsNumbersAreFinitePlainAndBounded() throws IOException {
        Path settings = dir.resolve("settings.csv");
        String plain = "expected a plain decimal number such as 2 or 0.5 (no exponent, at most 9 decimal places) but was ";
        // was: unexpected failure ArithmeticException; a hang past 60 s; out of memory in 512 MB
        for (String[] c : new String[][] {{"weight.harm", "1e-999999999"}, {"weight.harm", "1e100000000"},
            {"band.medium", "1e999999999"}, {"weight.harm", "NaN"}, {"weight.harm", "Infinity"}, {"band.high", "0x10"}}) {
            Result r = priorities(c[0], c[1]);
            assertEquals(3, r.exit(), r.err());
            assertEquals("cspstat: " + settings + ":2: setting '" + c[0] + "': " + plain + "'" + c[1] + "'\n", r.err());
        }
        Result big = priorities("band.high", "1000001");
        assertEquals(3, big.exit(), big.err());
        assertEquals("cspstat: " + settings + ":2: setting 'band.high': must be at most 1000000 but was 1000001\n",
                big.err());
        assertEquals(0, priorities("weight.harm", "0.5").exit());
    }

    @Test
    void aDeviceAsAConfigurationFileIsRefusedNotReadForever() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        for (String option : List.of("--lsoa-file", "--mapping", "--lookup")) {
            Result r = SafeOutputTest.run("compare", "--data", data.toString(), option, zero.toString());
            assertEquals(3, r.exit(), option + ": " + r.err());
            assertTrue(r.err().startsWith("cspstat: /dev/zero: is not a regular file (a device or a pipe), so it cannot be a "),
                    r.err());
        }
        Result settings = SafeOutputTest.run("priorities", "--data", data.toString(), "--settings", zero.toString());
        assertEquals(3, settings.exit(), settings.err());
    }

    @Test
    void anOversizedOrLatin1ConfigurationFileGetsOneClearLine() throws IOException {
        Path mapping = dir.resolve("mapping.txt");
        byte[] big = new byte[(1 << 20) + 1];
        java.util.Arrays.fill(big, (byte) '#');
        Files.write(mapping, big);
        Result r = SafeOutputTest.run("compare", "--data", data.toString(), "--mapping", mapping.toString());
        assertEquals(3, r.exit(), r.err());
        assertEquals("cspstat: " + mapping + ": is larger than 1 MiB, the limit for a mapping file\n", r.err());
        Path lsoas = dir.resolve("lsoas.csv");
        Files.write(lsoas, "code\nE01023750\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Result latin = SafeOutputTest.run("compare", "--data", data.toString(), "--lsoa-file", lsoas.toString());
        assertEquals(3, latin.exit(), latin.err());
        assertEquals("cspstat: " + lsoas + ":3: not UTF-8 text (byte 0xe9); save the list of LSOA codes as UTF-8\n",
                latin.err());
    }

    @Test
    void aPopulationFileMatchingNoAreaIsAnErrorAndAPartialMatchAWarning() throws IOException {
        Path population = dir.resolve("population.csv");
        Files.writeString(population, "code,residents\nE01999999,1500\n");
        Result none = SafeOutputTest.run("compare", "--data", data.toString(), "--by", "area", "--period",
                "2021-01..2021-06", "--population", population.toString());
        assertEquals(3, none.exit(), none.err());
        assertEquals("cspstat: " + population + ": lists none of the 1 areas compared (such as E01023750): check that "
                + "it gives codes at the area level compared, so no rate per resident could be given\n",
                none.err());
        Files.writeString(data, HostileOutputTest.police(List.of("Burglary"), 3)
                + HostileOutputTest.police(List.of("Drugs"), 3).replace("E01023750,Stevenage 001A", "E01023751,Stevenage 001B")
                        .lines().skip(1).map(l -> l + "\n").reduce("", String::concat));
        Files.writeString(population, "code,residents\nE01023750,1500\n");
        Result part = SafeOutputTest.run("compare", "--data", data.toString(), "--by", "area", "--period",
                "2021-01..2021-06", "--population", population.toString());
        assertEquals(0, part.exit(), part.err());
        assertTrue(part.out().contains(population + " lacks 1 of the 2 areas (E01023751): their rates are per month only"),
                part.out());
    }
}
