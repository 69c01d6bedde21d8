package org.cspstat.peer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cspstat.error.DataException;

/**
 * Who each district is compared with: by default every other district in the data; or a Most
 * Similar Group (as Home Office iQuanta published them) read from a file with one district name
 * a line (one group for every pack), or two columns {@code district,peer} (a group per district).
 * Blank lines, lines starting with {@code #} and a header line are skipped.
 */
public final class PeerGroups {
    private final List<String> shared;
    private final Map<String, List<String>> byDistrict;
    private final String source;

    private PeerGroups(List<String> shared, Map<String, List<String>> byDistrict, String source) {
        this.shared = List.copyOf(shared);
        this.byDistrict = Map.copyOf(byDistrict);
        this.source = source;
    }

    /** @return the default: every district in the data is every other one's peer */
    public static PeerGroups everyDistrict() {
        return new PeerGroups(List.of(), Map.of(), "");
    }

    /**
     * Reads a peers file.
     *
     * @param file the file
     * @return the groups
     * @throws DataException naming the file and line of anything wrong
     */
    public static PeerGroups read(Path file) {
        String label = file.toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw DataException.of(label, Files.exists(file) ? "cannot be read: " + e.getMessage()
                    : "no such file or directory");
        }
        List<String> shared = new ArrayList<>();
        Map<String, List<String>> byDistrict = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",", -1);
            for (int k = 0; k < f.length; k++) {
                f[k] = f[k].replace("\"", "").strip();
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.equals("district") || lower.equals("district,peer") || lower.equals("name")) {
                continue;
            }
            if (f.length == 1) {
                shared.add(f[0]);
            } else if (f.length == 2 && !f[0].isEmpty() && !f[1].isEmpty()) {
                byDistrict.computeIfAbsent(f[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(f[1]);
            } else {
                throw new DataException(label, i + 1, "expected a district name, or district,peer, but was '"
                        + lines.get(i).strip() + "'");
            }
        }
        if (shared.isEmpty() && byDistrict.isEmpty()) {
            throw DataException.of(label, "no districts listed");
        }
        if (!shared.isEmpty() && !byDistrict.isEmpty()) {
            throw DataException.of(label, "mixes lines of one name with district,peer lines: use one form");
        }
        return new PeerGroups(shared, byDistrict, label);
    }

    /**
     * The districts a district is compared with, the district itself included.
     *
     * @param district the district
     * @param districts the districts in the data
     * @param notInData receives named peers the data do not have
     * @return the district and its peers found in the data, in the data's order
     */
    public List<District> peersOf(District district, Districts districts, List<String> notInData) {
        List<String> names = byDistrict.isEmpty() ? shared
                : byDistrict.getOrDefault(district.name().toLowerCase(Locale.ROOT), List.of());
        if (source.isEmpty() || names.isEmpty()) {
            return districts.all();
        }
        List<District> out = new ArrayList<>();
        for (District d : districts.all()) {
            if (d.equals(district) || names.stream().anyMatch(n -> n.equalsIgnoreCase(d.name()))) {
                out.add(d);
            }
        }
        for (String n : names) {
            if (districts.find(n).isEmpty()) {
                notInData.add(n);
            }
        }
        return out;
    }

    /** @return true for the default, every district */
    public boolean isEveryDistrict() {
        return source.isEmpty();
    }

    /** @return the file read, or empty for the default */
    public String source() {
        return source;
    }
}
