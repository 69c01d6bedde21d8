package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cspstat.output.chart.Images;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the pack's index.html in headless Chromium: it renders, every image loads, and the console
 * stays quiet. Without Chromium this test fails (install Debian's {@code chromium}), unless
 * {@code CSPSTAT_SKIP_BROWSER=1}.
 */
class ReportBrowserTest {
    @TempDir
    Path dir;

    static String chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (!p.isEmpty() && Files.isExecutable(Path.of(p, name))) {
                    return Path.of(p, name).toString();
                }
            }
        }
        return null;
    }

    record Run(String out, String err) {
    }

    Run browse(String chromium, Path page, String... extra) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--window-size=1400,3000"));
        cmd.addAll(List.of(extra));
        cmd.add(page.toUri().toString());
        Path out = dir.resolve("out-" + System.nanoTime());
        Path err = dir.resolve("err-" + System.nanoTime());
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 90 s: " + Files.readString(err));
        }
        return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void thePackOpensInABrowserWithEveryChartLoadedAndNoConsoleErrors() throws Exception {
        Assumptions.assumeFalse("1".equals(System.getenv("CSPSTAT_SKIP_BROWSER")), "CSPSTAT_SKIP_BROWSER=1");
        String chromium = chromium();
        if (chromium == null) {
            fail("headless Chromium is needed for the browser test: apt-get install -y chromium "
                    + "(or set CSPSTAT_SKIP_BROWSER=1 to skip it)");
        }
        Path index = SamplePack.dir().resolve("index.html");

        Run dom = browse(chromium, index, "--dump-dom");
        Matcher body = Pattern.compile("<body data-images=\"([a-z]+)\" data-image-count=\"(\\d+)\">").matcher(dom.out());
        assertTrue(body.find(), "the page's image check did not run: " + dom.out());
        assertEquals("ok", body.group(1), "an image did not load");
        assertEquals("16", body.group(2)); // 13, the two three-year charts and harm beside volume
        List<String> console = dom.err().lines().filter(l -> l.contains(":CONSOLE")).toList();
        assertEquals(List.of(), console, "console messages");

        Path shot = dir.resolve("shot.png");
        Run screenshot = browse(chromium, index, "--screenshot=" + shot, "--hide-scrollbars");
        assertTrue(Files.exists(shot), "no screenshot: " + screenshot.err());
        Images.checkPng(Files.readAllBytes(shot), 1400, 3000);
    }
}
