package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code cli/target/cspstat.jar} as a user runs it: the jar is minimised, so this
 * checks that nothing a command needs at run time (found by reflection or ServiceLoader) was left
 * out, and that standard error stays clean.
 */
class ShadedJarIT {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target/cspstat.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished in time");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theMainJobRunsFromTheJarOnTheEmbeddedSample() throws Exception {
        Run r = java("report", "--out", "pack", "--svg");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(Files.exists(dir.resolve("pack/index.html")));
        assertTrue(Files.exists(dir.resolve("pack/charts/hotspot-map.png")));
        assertTrue(Files.exists(dir.resolve("pack/charts/hotspot-map.svg")));
    }

    @Test
    void theJarReachesTheCompilerDirectiveCommand() throws Exception {
        // the manifest's Add-Opens lets JitHint add its directive directly (docs/BENCHMARKS.md)
        Run r = java("compare", "--format", "csv", "--verbose");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("this run compiles with C1 alone"), r.err());
    }

    @Test
    void everyAnalysisCommandRunsFromTheJar() throws Exception {
        String[][] commands = {
            {"quality", "--format", "json"},
            {"compare", "--format", "csv"},
            {"trend", "--category", "Robbery", "--format", "json"},
            {"hotspots", "--format", "geojson"},
            {"priorities", "--sensitivity"},
            {"displacement", "--places", Path.of("../sample-data/synthetic/places.csv").toAbsolutePath().toString(),
                "--target", "Market Square", "--control", "Town Centre", "--date", "2025-01"},
            {"lookup", "--lsoas", Path.of("../sample-data/stevenage-boundaries/lsoa11.geojson").toAbsolutePath().toString(),
                "--wards", Path.of("../sample-data/stevenage-boundaries/ward.geojson").toAbsolutePath().toString()},
        };
        for (String[] c : commands) {
            Run r = java(c);
            assertEquals(0, r.code(), String.join(" ", c) + ": " + r.err());
            assertEquals("", r.err(), String.join(" ", c));
            assertTrue(!r.out().isBlank(), String.join(" ", c));
        }
    }

    @Test
    void aDataErrorIsOneLineWithExitCodeThree() throws Exception {
        Run r = java("quality", "--data", "no-such-folder");
        assertEquals(3, r.code());
        assertEquals("cspstat: no-such-folder: no such file or directory\n", r.err());
    }
}
