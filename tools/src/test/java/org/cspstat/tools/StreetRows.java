package org.cspstat.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: reads generated street files with a small quote-aware splitter of its own. */
final class StreetRows {

    private StreetRows() {
    }

    /** All data rows of every file listed in {@code index.txt}, as field lists. */
    static List<List<String>> readAll(Path directory) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String relative : Files.readAllLines(directory.resolve("index.txt"), StandardCharsets.UTF_8)) {
            if (relative.endsWith("-street.csv")) {
                List<String> lines = Files.readAllLines(directory.resolve(relative), StandardCharsets.UTF_8);
                for (String line : lines.subList(1, lines.size())) {
                    rows.add(split(line));
                }
            }
        }
        return rows;
    }

    /** Splits one CSV line, honouring double quotes. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
