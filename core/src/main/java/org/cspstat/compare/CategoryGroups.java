package org.cspstat.compare;

import org.cspstat.error.UsageException;
import static java.util.Objects.requireNonNull;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cspstat.count.CountStore;
import org.cspstat.error.DataException;
import org.cspstat.model.Category;
import org.cspstat.model.CategoryKind;
import org.cspstat.model.PoliceUkCategories;

/**
 * The issues a comparison reports on: the built-in groups {@code All crime} (every category of
 * kind CRIME) and {@code All ASB} (kind ASB), a partnership's own groups read from a CSV file of
 * {@code group,category} lines (so it can define, say, {@code Violent crime} its own way), and
 * each category of the data. Flag-derived categories (domestic abuse) take part as categories
 * and may be named in user groups, but belong to no built-in group.
 */
public final class CategoryGroups {
    /** The name of the built-in group of all crime types (everything but ASB and flags). */
    public static final String ALL_CRIME = "All crime";
    /** The name of the built-in group of anti-social behaviour. */
    public static final String ALL_ASB = "All ASB";

    private final Map<String, List<Member>> groups;
    private final String file;

    private CategoryGroups(Map<String, List<Member>> groups, String file) {
        this.groups = groups;
        this.file = file;
    }

    /** @return the built-in groups only */
    public static CategoryGroups builtIn() {
        return new CategoryGroups(new LinkedHashMap<>(), "");
    }

    /**
     * Reads user groups from a CSV file with a header {@code group,category} and one line per
     * member. A category is a police.uk crime type (any case, legacy names allowed) or a
     * category of the data, such as a flag category; unknown names fail when the groups are
     * resolved against data.
     *
     * @param path the CSV file
     * @return the groups, after the built-in ones
     * @throws DataException naming the file and line of a malformed line
     */
    public static CategoryGroups read(Path path) {
        String label = path.toString();
        if (!Files.exists(path)) {
            throw DataException.of(label, "no such file or directory");
        }
        Map<String, List<Member>> groups = new LinkedHashMap<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().detectBomHeader(true).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).ofCsvRecord(path, StandardCharsets.UTF_8)) {
            boolean header = true;
            for (CsvRecord r : csv) {
                long line = r.getStartingLineNumber();
                if (header) {
                    header = false;
                    String h = String.join(",", r.getFields()).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
                    if (!h.equals("group,category")) {
                        throw new DataException(label, line, "expected the header 'group,category' but was '" + h + "'");
                    }
                    continue;
                }
                if (r.getFieldCount() != 2) {
                    throw new DataException(label, line, "expected 2 fields (group,category) but found " + r.getFieldCount());
                }
                String group = r.getField(0).strip();
                String category = r.getField(1).strip();
                if (group.isEmpty() || category.isEmpty()) {
                    throw new DataException(label, line, "group and category must not be empty");
                }
                if (group.equalsIgnoreCase(ALL_CRIME) || group.equalsIgnoreCase(ALL_ASB)) {
                    throw new DataException(label, line, "'" + group + "' is a built-in group; choose another name");
                }
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(new Member(category, line));
            }
        } catch (IOException | UncheckedIOException e) {
            throw DataException.of(label, "cannot be read: " + e.getMessage());
        } catch (CsvParseException e) {
            // found by fuzzing: a stray quote used to escape as CsvParseException (exit 1)
            throw DataException.of(label, "cannot be parsed as CSV: " + e.getMessage());
        }
        return new CategoryGroups(groups, label);
    }

    /**
     * Resolves the groups against the categories of a store, in table order: {@code All crime},
     * {@code All ASB}, the user groups in file order, then each category (police.uk types in
     * their usual order, then others alphabetically).
     *
     * @param store the counts
     * @return the issues with the category ids each one sums
     * @throws DataException when a user group names a category that is neither a police.uk type
     *     nor in the data
     */
    public List<Issue> resolve(CountStore store) {
        List<Category> categories = store.categories();
        List<Issue> out = new ArrayList<>();
        out.add(new Issue(ALL_CRIME, Issue.Kind.BUILT_IN_GROUP, ids(categories, CategoryKind.CRIME)));
        out.add(new Issue(ALL_ASB, Issue.Kind.BUILT_IN_GROUP, ids(categories, CategoryKind.ASB)));
        groups.forEach((name, members) -> {
            List<Integer> ids = new ArrayList<>();
            for (Member m : members) {
                String canonical = PoliceUkCategories.canonical(m.category()).orElse(m.category());
                int id = find(categories, canonical);
                if (id < 0 && PoliceUkCategories.canonical(m.category()).isEmpty()) {
                    throw new DataException(file, m.line(), "unknown category '" + m.category()
                            + "': not a police.uk crime type and not in the data");
                }
                if (id >= 0 && !ids.contains(id)) {
                    ids.add(id);
                }
            }
            out.add(new Issue(name, Issue.Kind.USER_GROUP, ids.stream().mapToInt(Integer::intValue).toArray()));
        });
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> {
            int ra = PoliceUkCategories.CURRENT.indexOf(categories.get(a).name());
            int rb = PoliceUkCategories.CURRENT.indexOf(categories.get(b).name());
            ra = ra < 0 ? Integer.MAX_VALUE : ra;
            rb = rb < 0 ? Integer.MAX_VALUE : rb;
            return ra != rb ? Integer.compare(ra, rb) : categories.get(a).name().compareTo(categories.get(b).name());
        });
        for (int i : order) {
            out.add(new Issue(categories.get(i).name(), Issue.Kind.CATEGORY, new int[] {i}));
        }
        return out;
    }

    /**
     * Resolves the named issues, in the order named.
     *
     * @param store the counts
     * @param names issue names, matched without regard to case; empty for every issue
     * @return the issues
     * @throws org.cspstat.error.UsageException naming the issues available when a name is unknown
     */
    public List<Issue> resolve(CountStore store, List<String> names) {
        List<Issue> all = resolve(store);
        if (names.isEmpty()) {
            return all;
        }
        List<Issue> out = new ArrayList<>();
        for (String n : names) {
            out.add(all.stream().filter(i -> i.name().equalsIgnoreCase(n.strip())).findFirst()
                    .orElseThrow(() -> new UsageException("unknown category or group '" + n
                            + "': expected one of " + String.join(", ", all.stream().map(Issue::name).toList()))));
        }
        return out;
    }

    private static int[] ids(List<Category> categories, CategoryKind kind) {
        return java.util.stream.IntStream.range(0, categories.size())
                .filter(i -> categories.get(i).kind() == kind).toArray();
    }

    private static int find(List<Category> categories, String name) {
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private record Member(String category, long line) {
        Member {
            requireNonNull(category);
        }
    }
}
