package org.cspstat.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * File stems made from names that come from data (categories): lower-case letters, digits and
 * hyphens, at most {@link #MAX_LENGTH} characters before a suffix, stable for the same set of
 * names, and unique: where two names would share a stem (two categories that differ only in case
 * or punctuation, names with no Latin letters), and where a stem had to be cut, each gets a
 * suffix of eight hexadecimal digits of the SHA-256 of its exact name.
 */
public final class FileStems {
    /** The longest stem before its suffix, well inside every file system's 255-byte limit. */
    public static final int MAX_LENGTH = 60;

    private FileStems() {
    }

    /**
     * @param names the names, such as every category in the data
     * @return each distinct name's stem, in the names' order
     */
    public static Map<String, String> of(Collection<String> names) {
        Map<String, String> base = new LinkedHashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (String n : names) {
            if (!base.containsKey(n)) {
                String b = base(n);
                base.put(n, b);
                uses.merge(b, 1, Integer::sum);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        base.forEach((name, b) -> {
            boolean lossy = b.isEmpty() || b.length() > MAX_LENGTH;
            String cut = b.length() > MAX_LENGTH ? b.substring(0, MAX_LENGTH).replaceAll("-+$", "") : b;
            out.put(name, lossy || uses.get(b) > 1 ? (cut.isEmpty() ? "x" : cut) + "-" + hash(name) : cut);
        });
        return out;
    }

    /**
     * @param name a name
     * @return its stem when it is the only name (no collision to resolve)
     */
    public static String of(String name) {
        return of(java.util.List.of(name)).get(name);
    }

    private static String base(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String hash(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                b.append(String.format("%02x", d[i] & 0xff));
            }
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
