package org.cspstat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Core on the module path (issue 14: a module-path run used to fail with NoClassDefFoundError for
 * FastCSV). A small module that {@code requires org.cspstat.core} is compiled against the packaged
 * jar and core's runtime dependencies (all on the module path), run with {@code java -m}, and its
 * output compared with the same program's on the class path: loading the bundled sample, a
 * comparison, the grid projection, a GeoJSON boundary file, the JSON of results (Jackson) and the
 * evidence pack. The internal packages must not be exported. Run by failsafe after {@code package} (core/pom.xml).
 */
class ModulePathIT {
    @TempDir
    Path dir;

    @Test
    void aModuleRequiringCoreRunsAsOnTheClassPath() throws Exception {
        Path jar = Path.of(System.getProperty("cspstat.core.jar"));
        assertTrue(Files.isRegularFile(jar), jar + " is built");
        String deps = Files.readString(Path.of(System.getProperty("cspstat.runtime.classpath"))).strip();
        String modulePath = jar + File.pathSeparator + deps;

        Path src = dir.resolve("src");
        copy("module-info.java", src);
        copy("example/Main.java", src);
        Path modClasses = dir.resolve("mod");
        compile("--module-path", modulePath, "-d", modClasses.toString(),
                src.resolve("module-info.java").toString(), src.resolve("example/Main.java").toString());
        Path cpClasses = dir.resolve("cp");
        compile("-classpath", modulePath, "-d", cpClasses.toString(), src.resolve("example/Main.java").toString());

        String wards = Path.of("../sample-data/stevenage-boundaries/ward.geojson").toAbsolutePath().toString();
        List<String> onModulePath = run(List.of("--module-path", modClasses + File.pathSeparator + modulePath,
                "-m", "example/example.Main", wards));
        List<String> onClassPath = run(List.of("-cp", cpClasses + File.pathSeparator + modulePath,
                "example.Main", wards));

        assertEquals("module org.cspstat.core internal exported: false false", onModulePath.get(0));
        assertEquals("module null internal exported: true true", onClassPath.get(0)); // the unnamed module
        assertEquals(onClassPath.subList(1, onClassPath.size()), onModulePath.subList(1, onModulePath.size()));
        assertTrue(onModulePath.size() > 6, String.join("\n", onModulePath));
        assertTrue(onModulePath.stream().anyMatch(l -> l.startsWith("All crime\t")), String.join("\n", onModulePath));
        assertTrue(onModulePath.stream().anyMatch(l -> l.startsWith("wards ") && !l.equals("wards 0")));
        assertTrue(onModulePath.stream().anyMatch(l -> l.startsWith("json ") && l.contains("{\"currentPeriod\"")),
                String.join("\n", onModulePath));
        assertTrue(onModulePath.stream().anyMatch(l -> l.startsWith("quality {\"rowsRead\":")), String.join("\n", onModulePath));
    }

    private void copy(String name, Path src) throws IOException {
        Path to = src.resolve(name);
        Files.createDirectories(to.getParent());
        try (InputStream in = ModulePathIT.class.getResourceAsStream("/modulepath/" + name)) {
            Files.copy(in, to);
        }
    }

    private static void compile(String... args) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, args);
        assertEquals(0, status, errors.toString(StandardCharsets.UTF_8));
    }

    private List<String> run(List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished in time");
        String out = Files.readString(dir.resolve("out.txt"));
        assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out);
        return out.lines().toList();
    }
}
