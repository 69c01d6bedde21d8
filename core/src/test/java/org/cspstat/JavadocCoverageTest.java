package org.cspstat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of core carries Javadoc (the Javadoc build checks the rest with doclint but
 * cannot insist on comments for record constructors, so missing comments are checked here).
 */
class JavadocCoverageTest {
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^(public (?:final |abstract |sealed |static )*(?:class|interface|record|enum) \\w+)", Pattern.MULTILINE);

    @Test
    void everyPublicTypeAndPackageHasJavadoc() throws IOException {
        List<String> missing = new ArrayList<>();
        Path root = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(f);
                Matcher m = PUBLIC_TYPE.matcher(text);
                while (m.find()) {
                    String before = text.substring(0, m.start()).stripTrailing();
                    while (before.endsWith(")") || before.matches("(?s).*@\\w+$")) {
                        int at = before.lastIndexOf('@');
                        before = before.substring(0, at).stripTrailing();
                    }
                    if (!before.endsWith("*/")) {
                        missing.add(root.relativize(f) + ": " + m.group(1));
                    }
                }
            }
            try (Stream<Path> dirs = Files.walk(root)) {
                for (Path d : dirs.filter(Files::isDirectory).toList()) {
                    boolean hasJava;
                    try (Stream<Path> l = Files.list(d)) {
                        hasJava = l.anyMatch(p -> p.toString().endsWith(".java"));
                    }
                    // the root holds module-info.java alone (its own Javadoc is checked below)
                    if (hasJava && !d.equals(root) && !Files.exists(d.resolve("package-info.java"))) {
                        missing.add(root.relativize(d) + ": package-info.java");
                    }
                }
            }
        }
        if (!Files.readString(root.resolve("module-info.java")).stripLeading().startsWith("/**")) {
            missing.add("module-info.java: module org.cspstat.core");
        }
        assertEquals(List.of(), missing);
    }
}
