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

    @Test
    void theJarCarriesTheLicenceOfEveryLibraryItBundles() throws Exception {
        // each bundled library's top packages -> the Maven group THIRD-PARTY.txt must name; a new library
        // fails here until its licence text is added to cli/src/main/resources/META-INF/licenses
        java.util.Map<String, String> owners = new java.util.LinkedHashMap<>();
        owners.put("com/fasterxml/jackson", "com.fasterxml.jackson.core");
        owners.put("org/json", "com.googlecode.json-simple");
        owners.put("com/madgag", "com.madgag");
        owners.put("de/erichseifert", "de.erichseifert.vectorgraphics2d");
        owners.put("de/siegmar", "de.siegmar");
        owners.put("picocli", "info.picocli");
        owners.put("me/tongfei", "me.tongfei");
        owners.put("org/apache", "org.apache.commons:commons-math3");
        owners.put("org/jline", "org.jline");
        owners.put("org/knowm", "org.knowm.xchart");
        owners.put("org/locationtech", "org.locationtech.");
        owners.put("org/osgeo", "org.locationtech.proj4j");
        owners.put("org/openxmlformats", "org.apache.poi");
        owners.put("com/microsoft", "org.apache.poi");
        owners.put("org/etsi", "org.apache.poi");
        owners.put("org/w3", "org.apache.poi");
        owners.put("com/zaxxer", "com.zaxxer:SparseBitSet");
        owners.put("com/graphbuilder", "com.github.virtuald:curvesapi");
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(Path.of("target/cspstat.jar").toFile())) {
            var notice = jar.getEntry("META-INF/licenses/THIRD-PARTY.txt");
            assertTrue(notice != null, "META-INF/licenses/THIRD-PARTY.txt");
            String listed = new String(jar.getInputStream(notice).readAllBytes(), StandardCharsets.UTF_8);
            for (String text : List.of("Apache-2.0.txt", "jline-LICENSE.txt",
                    "jts-EDL-1.0.txt", "LGPL-3.0.txt", "cspstat-LICENSE.txt", "jackson-NOTICE.txt", "jackson-FastDoubleParser-LICENSE.txt",
                    "jackson-FastDoubleParser-ThirdParty-LICENSE.txt", "jackson-Schubfach-LICENSE.txt")) {
                assertTrue(jar.getEntry("META-INF/licenses/" + text) != null, text);
            }
            java.util.Set<String> unknown = new java.util.TreeSet<>();
            jar.stream().map(java.util.zip.ZipEntry::getName).filter(n -> n.endsWith(".class"))
                    .filter(n -> !n.startsWith("org/cspstat/") && !n.startsWith("META-INF/"))
                    .forEach(n -> {
                        String owner = owners.entrySet().stream().filter(o -> n.startsWith(o.getKey() + "/"))
                                .map(java.util.Map.Entry::getValue).findFirst().orElse(null);
                        if (owner == null || !listed.contains(owner)) {
                            unknown.add(n.substring(0, n.lastIndexOf('/')));
                        }
                    });
            assertEquals(java.util.Set.of(), unknown, "bundled packages without a listed licence");
            // Tablesaw and what it pulled in (fastutil, Guava, ClassGraph, SLF4J) are gone from the build
            assertEquals(List.of(), jar.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(n -> n.startsWith("tech/tablesaw/") || n.startsWith("it/unimi/") || n.startsWith("com/google/")
                            || n.startsWith("io/github/classgraph/") || n.startsWith("org/slf4j/")).limit(5).toList());
        }
    }
}
