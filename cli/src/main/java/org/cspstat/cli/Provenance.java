package org.cspstat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.cspstat.format.Column;
import org.cspstat.format.Table;
import org.cspstat.report.ReportSection;
import org.cspstat.report.ReportTable;

/**
 * What made a pack: cspstat's version, the command line, each input file with its rows and
 * SHA-256, and when it was made, as the pack's last section.
 */
final class Provenance {
    /** The version the jar was built as ({@code cspstat --version} prints the same). */
    static final String VERSION = "cspstat 0.1.0";

    private Provenance() {
    }

    /**
     * @param args the command line's arguments after {@code cspstat}
     * @param data the data paths (files, folders, zips); empty for the embedded sample
     * @param others the other input files (lookup, polygons, risk files, profile), nulls skipped
     */
    static ReportSection section(List<String> args, List<Path> data, List<Path> others) {
        List<String> names = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path p : data) {
            files.addAll(expand(p));
        }
        others.stream().filter(Objects::nonNull).forEach(files::add);
        for (Path f : files) {
            long[] lines = new long[1];
            hashes.add(sha256(f, lines));
            names.add(f.toString());
            String lower = f.getFileName().toString().toLowerCase(Locale.ROOT);
            rows.add(lower.endsWith(".csv") ? Math.max(0, lines[0] - 1) : null);
        }
        List<String> points = new ArrayList<>();
        points.add("Made by " + VERSION + " (Java " + System.getProperty("java.version") + ") on "
                + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'",
                        Locale.ENGLISH)) + ".");
        points.add("Command: cspstat " + String.join(" ", args.stream().map(Provenance::quote).toList()));
        if (data.isEmpty()) {
            points.add("Data: the synthetic Northbrook sample embedded in cspstat (invented, not a real place).");
        }
        points.add(String.format(Locale.ROOT, "%,d input file(s); rows are data lines after the header, for CSV "
                + "files; SHA-256 identifies each file's exact content.", files.size()));
        Table t = Table.of("inputs", Column.text("File", names), Column.integers("Rows", rows),
                Column.text("SHA-256", hashes));
        return new ReportSection("provenance", "Provenance", List.of("What made this pack, so it can be made again "
                + "and checked."), points, List.of(), List.of(new ReportTable("inputs", "Input files", t, t)));
    }

    private static List<Path> expand(Path p) {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's SHA-256 in hex; counts its line feeds into {@code lines[0]} on the way. */
    static String sha256(Path file, long[] lines) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            long n = 0;
            boolean endsWithNewline = true;
            for (int r; (r = in.read(buf)) > 0; ) {
                md.update(buf, 0, r);
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        n++;
                    }
                }
                endsWithNewline = buf[r - 1] == '\n';
            }
            lines[0] = n + (endsWithNewline ? 0 : 1);
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String arg) {
        return arg.isEmpty() || arg.matches(".*[\\s'\"$`\\\\].*") ? "'" + arg.replace("'", "'\\''") + "'" : arg;
    }
}
