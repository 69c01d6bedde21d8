package org.cspstat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding examples compile against core and run: the first java block (a
 * comparison) on the Stevenage extract, and every other block at least compiles; the displacement
 * example runs on the embedded sample.
 */
class ReadmeExampleTest {
    @TempDir
    Path dir;

    @Test
    void theReadmeExampleCompilesAndComparesStevenage() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "the README has a java block");
        String source = m.group(1);
        Matcher name = Pattern.compile("public class (\\w+)").matcher(source);
        assertTrue(name.find(), "the example declares a public class");
        Path file = dir.resolve(name.group(1) + ".java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, "-classpath", System.getProperty("java.class.path"),
                "-d", dir.toString(), file.toString());
        assertEquals(0, status, errors.toString(StandardCharsets.UTF_8));

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream old = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass(name.group(1)).getMethod("main", String[].class);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {
                "../sample-data/stevenage-2021-01-to-2022-01", "Stevenage", "2022-01..2022-01"});
        } finally {
            System.setOut(old);
        }
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("Jan 2022 vs Jan 2021", lines.get(0));
        assertEquals("All crime                         647    541  significant increase", lines.get(1));
    }

    @Test
    void everyReadmeJavaBlockCompilesAndTheDisplacementExampleRuns() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        List<String> classes = new java.util.ArrayList<>();
        while (m.find()) {
            Matcher name = Pattern.compile("public class (\\w+)").matcher(m.group(1));
            assertTrue(name.find(), "every java block declares a public class");
            classes.add(name.group(1));
            Path file = dir.resolve(name.group(1) + ".java");
            Files.writeString(file, m.group(1));
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int status = ToolProvider.getSystemJavaCompiler().run(null, null, errors, "-classpath",
                    System.getProperty("java.class.path"), "-d", dir.toString(), file.toString());
            assertEquals(0, status, name.group(1) + ": " + errors.toString(StandardCharsets.UTF_8));
        }
        assertTrue(classes.containsAll(List.of("PackExample", "DisplacementExample")), classes.toString());

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream old = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass("DisplacementExample").getMethod("main", String[].class);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {"../sample-data/synthetic/places.csv"});
        } finally {
            System.setOut(old);
        }
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).matches("WDD -?\\d+\\.\\d, 90% interval -?\\d+\\.\\d to -?\\d+\\.\\d"), lines.get(0));
        assertEquals("Note: displacement not estimated: no buffer was given, so the result is the local effect only",
                lines.get(1));
    }
}
