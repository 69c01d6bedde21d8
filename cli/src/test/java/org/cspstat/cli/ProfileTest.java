package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --profile FILE}: long options from a file, the command line winning. */
class ProfileTest {
    @TempDir
    Path dir;

    static final Path STEVENAGE = Path.of("../sample-data/stevenage.profile");

    @Test
    void theStevenageProfileMakesAPackForJanuary2022() throws IOException {
        Path out = dir.resolve("pack");
        CliTest.Result r = CliTest.run("report", "--profile", STEVENAGE.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Stevenage Community Safety Partnership (SoSafe): Strategic Assessment evidence pack, "
                + "Jan 2022 vs Jan 2021"), r.out());
        for (String f : new String[] {"index.html", "summary.md", "pack.docx", "tables.xlsx"}) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
    }

    @Test
    void theCommandLineOverridesTheProfile() {
        CliTest.Result r = CliTest.run("compare", "--profile", STEVENAGE.toString(), "--previous", "2021-12");
        assertEquals(0, r.code(), r.err());
        // the profile's period (2022-01), against the command line's previous month
        assertTrue(r.out().startsWith("Jan 2022 vs Dec 2021"), r.out());
    }

    @Test
    void aKeyThatIsNoOptionIsRefused() throws IOException {
        Path profile = dir.resolve("bad.profile");
        Files.writeString(profile, "area-prefx = Stevenage\n");
        CliTest.Result r = CliTest.run("compare", "--profile", profile.toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("'area-prefx' is not an option of any cspstat command"), r.err());
    }

    @Test
    void theDefaultPeriodThatCannotBeComparedNamesOneThatCan() {
        CliTest.Result r = CliTest.run("compare", "--data", "../sample-data/stevenage-2021-01-to-2022-01");
        assertEquals(ExitCodes.DATA, r.code());
        assertTrue(r.err().contains("the data can compare Jan 2022 with a year earlier (period 2022-01)"), r.err());
    }
}
