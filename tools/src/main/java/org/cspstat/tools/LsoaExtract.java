package org.cspstat.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * Copies the rows of data.police.uk street-level files whose {@code LSOA name} starts with a
 * prefix, byte for byte, into the bulk-download layout {@code YYYY-MM/YYYY-MM-<force>-street.csv}.
 *
 * <p>The header line is kept; every kept row is written with exactly the bytes it had in the
 * source file, including its line ending. Used to build {@code sample-data/stevenage-2021-01-to-2022-01}:
 * <pre>
 * java -cp tools/target/classes org.cspstat.tools.LsoaExtract \
 *     /work/shared/data/police-uk/hertfordshire-2021-01-to-2022-01 \
 *     sample-data/stevenage-2021-01-to-2022-01 "Stevenage "
 * </pre>
 */
public final class LsoaExtract {

    /** Zero-based index of the {@code LSOA name} column in a street-level file. */
    static final int LSOA_NAME_COLUMN = 8;

    private LsoaExtract() {
    }

    /**
     * Runs the extract from the command line.
     *
     * @param args input directory (searched recursively for {@code *-street.csv}), output directory,
     *             LSOA name prefix
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: LsoaExtract <input dir> <output dir> <LSOA name prefix>");
            System.exit(2);
        }
        int rows = extract(Path.of(args[0]), Path.of(args[1]), args[2]);
        System.out.println(rows + " rows written");
    }

    /**
     * Extracts the rows of every street-level file under {@code input} into {@code output}.
     *
     * @param input  directory searched recursively for files named {@code YYYY-MM-<force>-street.csv}
     * @param output directory that receives {@code YYYY-MM/<same file name>}
     * @param prefix the start of the {@code LSOA name} of the rows to keep, e.g. {@code "Stevenage "}
     * @return the number of data rows written, headers excluded
     * @throws IOException if a file cannot be read or written
     */
    public static int extract(Path input, Path output, String prefix) throws IOException {
        requireNonNull(prefix, "prefix must not be null");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(input)) {
            files = walk.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}-.+-street\\.csv"))
                    .sorted().toList();
        }
        int total = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            Path target = output.resolve(name.substring(0, 7)).resolve(name);
            Files.createDirectories(target.getParent());
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            total += filter(Files.readAllBytes(file), prefix, kept);
            Files.write(target, kept.toByteArray());
        }
        return total;
    }

    /**
     * Writes the header line and the matching rows of one file's bytes to {@code out}.
     *
     * @param bytes  the whole file
     * @param prefix the start of the LSOA name of the rows to keep
     * @param out    receives the kept lines, unchanged
     * @return the number of data rows kept
     */
    static int filter(byte[] bytes, String prefix, ByteArrayOutputStream out) {
        int kept = 0;
        int start = 0;
        boolean header = true;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int next = Math.min(end + 1, bytes.length);
            String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
            if (header || lsoaName(line).startsWith(prefix)) {
                out.write(bytes, start, next - start);
                if (!header) {
                    kept++;
                }
            }
            header = false;
            start = next;
        }
        return kept;
    }

    /**
     * Returns the {@code LSOA name} field of one CSV line, honouring double quotes.
     *
     * @param line one line without its line feed
     * @return the field, unquoted, or the empty string when the line is too short
     */
    static String lsoaName(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.size() > LSOA_NAME_COLUMN ? fields.get(LSOA_NAME_COLUMN) : "";
    }
}
