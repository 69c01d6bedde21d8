package org.cspstat.io;

import org.cspstat.error.DataException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The synthetic "Northbrook" district embedded in the library (see {@code sample-data/README.md}):
 * every command works on it when no data is given. Its files are listed in an {@code index.txt}
 * beside them on the class path.
 */
public final class SampleData {
    /** The label of the embedded sample in reports. */
    public static final String ROOT = "embedded sample (synthetic Northbrook district)";
    /** The source line for charts made from the embedded sample. */
    public static final String SOURCE = "Synthetic sample data (cspstat), not real incidents";

    private static final String BASE = "/org/cspstat/sample/synthetic/";

    private SampleData() {
    }

    /**
     * @return true when the sample is on the class path
     */
    public static boolean available() {
        return SampleData.class.getResource(BASE + "index.txt") != null;
    }

    /**
     * Opens one file of the sample, such as {@code lookup.csv} or {@code places.csv}.
     *
     * @param name the file name relative to the sample's folder
     * @return its bytes, or empty when the sample has no such file
     */
    public static Optional<InputStream> open(String name) {
        return Optional.ofNullable(SampleData.class.getResourceAsStream(BASE + name));
    }

    /** @return the sample's ward lookup, or empty when the sample has none */
    public static Optional<AreaLookup> lookup() {
        return open("lookup.csv").map(in -> {
            try (in) {
                return AreaLookup.read("sample lookup.csv", in);
            } catch (IOException e) {
                throw DataException.of("sample lookup.csv", "cannot be read: " + e.getMessage());
            }
        });
    }

    static List<InputSource> sources() {
        InputStream index = SampleData.class.getResourceAsStream(BASE + "index.txt");
        if (index == null) {
            throw DataException.of(ROOT, "the embedded sample is missing from this build; give data files");
        }
        List<InputSource> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String name = line.strip();
                if (name.endsWith("-street.csv")) {
                    out.add(new Resource(name));
                }
            }
        } catch (IOException e) {
            throw DataException.of(ROOT, "cannot read the index: " + e.getMessage());
        }
        return out;
    }

    private record Resource(String name) implements InputSource {
        @Override
        public String root() {
            return ROOT;
        }

        @Override
        public InputStream open() throws IOException {
            InputStream in = SampleData.class.getResourceAsStream(BASE + name);
            if (in == null) {
                throw new IOException("missing from the jar");
            }
            return in;
        }
    }
}
