package org.cspstat.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floor of the benchmark, run in its own JVM: reads every byte of a file, or of every CSV
 * under a folder, and counts the line feeds. Nothing can read police.uk data faster than this.
 *
 * <pre>
 * java -cp ... org.cspstat.bench.RawRead PATH
 * </pre>
 */
public final class RawRead {
    private RawRead() {
    }

    /**
     * Reads the bytes.
     *
     * @param args the file or folder
     * @throws IOException when reading fails
     */
    public static void main(String[] args) throws IOException {
        Path path = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> s = Files.walk(path)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        byte[] buffer = new byte[1 << 16];
        long bytes = 0;
        long lines = 0;
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
        }
        System.out.println(bytes + " bytes, " + lines + " lines");
    }
}
