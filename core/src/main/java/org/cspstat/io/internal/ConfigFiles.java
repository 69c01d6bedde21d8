package org.cspstat.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import org.cspstat.error.DataException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the small files that configure a run (a mapping, an LSOA list, risk settings, a lookup,
 * a population file) with a size limit and a charset check, so that {@code /dev/zero}, a pipe,
 * a huge file or a file saved as Latin-1 gives one clear message (exit 3) instead of exhausting
 * the heap or "Input length = 1".
 */
public final class ConfigFiles {
    /** The limit for a mapping or risk settings file: 1 MiB. */
    public static final long SMALL = 1L << 20;
    /** The limit for a list of codes, a lookup or a population file: 64 MiB. */
    public static final long LARGE = 64L << 20;
    /** The limit for area polygons (GeoJSON boundaries): 512 MiB. */
    public static final long POLYGONS = 512L << 20;

    private ConfigFiles() {
    }

    /**
     * Reads a configuration file as UTF-8 text (a byte order mark is dropped).
     *
     * @param file the file
     * @param maxBytes the most bytes it may hold
     * @param what what it is, for messages, such as {@code mapping file}
     * @return its text
     * @throws DataException when it is missing, not a regular file, over the limit, unreadable,
     *     or not UTF-8 (naming the line of the first byte that is not)
     */
    public static String readText(Path file, long maxBytes, String what) {
        byte[] bytes = readBytes(file, maxBytes, what);
        String text = utf8(file.toString(), bytes, what);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Reads a configuration file's bytes, at most {@code maxBytes} of them.
     *
     * @param file the file
     * @param maxBytes the most bytes it may hold
     * @param what what it is, for messages
     * @return its bytes
     * @throws DataException when it is missing, not a regular file, over the limit or unreadable
     */
    public static byte[] readBytes(Path file, long maxBytes, String what) {
        String label = file.toString();
        if (!Files.exists(file)) {
            throw DataException.of(label, "no such file or directory");
        }
        if (Files.isDirectory(file)) {
            throw DataException.of(label, "is a folder, not a " + what);
        }
        if (!Files.isRegularFile(file)) {
            throw DataException.of(label, "is not a regular file (a device or a pipe), so it cannot be a " + what);
        }
        try (InputStream in = Files.newInputStream(file)) {
            // read one byte past the limit: the size a file reports can change while it is read
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw DataException.of(label, "is larger than " + human(maxBytes) + ", the limit for a " + what);
            }
            return bytes;
        } catch (AccessDeniedException e) {
            throw DataException.of(label, "cannot be read (permission denied)");
        } catch (IOException e) {
            throw DataException.of(label, "cannot be read: " + e.getMessage());
        }
    }

    private static String human(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }

    /** Decodes UTF-8 strictly, naming the line of the first byte that is not. */
    static String utf8(String label, byte[] bytes, String what) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            long line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new DataException(label, line, String.format(Locale.ROOT,
                    "not UTF-8 text (byte 0x%02x); save the %s as UTF-8", bytes[in.position()] & 0xff, what));
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
