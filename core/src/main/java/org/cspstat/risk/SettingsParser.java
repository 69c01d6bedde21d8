package org.cspstat.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cspstat.error.DataException;

/** Turns {@code setting,value} tables, later ones over earlier ones, into {@link RiskSettings}. */
final class SettingsParser {

    private static final String WEIGHT = "weight.";
    private static final Set<String> FIXED = Set.of("risk.method", "risk.weight.likelihood",
            "risk.weight.impact", "band.medium", "band.high", "volume.method", "volume.counts",
            "trend.large_ratio");

    /** A setting's text and where it was written. */
    private record Entry(String value, String source, long line, boolean user) {
        DataException error(String setting, String reason) {
            return fail("setting '" + setting + "': " + reason);
        }

        DataException fail(String reason) {
            return new DataException(source, line, reason);
        }
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private final List<String> dimensions;

    private SettingsParser(List<String> dimensions) {
        this.dimensions = List.copyOf(dimensions);
    }

    static RiskSettings parse(ConfigCsv.Table defaults, List<ConfigCsv.Table> files, List<String> dimensions) {
        SettingsParser parser = new SettingsParser(dimensions);
        parser.read(defaults, true);
        for (ConfigCsv.Table file : files) {
            parser.read(file, false);
        }
        return parser.build();
    }

    private void read(ConfigCsv.Table table, boolean defaults) {
        table.require(List.of("setting", "value"));
        Map<String, Integer> index = table.index();
        Map<String, Long> seen = new HashMap<>();
        for (ConfigCsv.Row row : table.rows()) {
            String setting = row.field(index.get("setting")).trim();
            Long first = seen.putIfAbsent(setting, row.line());
            if (first != null) {
                throw new DataException(table.source(), row.line(),
                        "duplicate setting '" + setting + "' (first on line " + first + ")");
            }
            if (setting.startsWith(WEIGHT)) {
                String dimension = setting.substring(WEIGHT.length());
                if (!dimensions.contains(dimension)) {
                    if (defaults) {
                        continue;
                    }
                    throw new DataException(table.source(), row.line(), "setting '" + setting
                            + "': unknown dimension '" + dimension + "' (the matrix has "
                            + String.join(", ", dimensions) + ")");
                }
            } else if (!FIXED.contains(setting)) {
                throw new DataException(table.source(), row.line(), "unknown setting '" + setting + "'");
            }
            entries.put(setting, new Entry(row.field(index.get("value")), table.source(), row.line(), !defaults));
        }
    }

    private RiskSettings build() {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (String dimension : dimensions) {
            Entry entry = entries.get(WEIGHT + dimension);
            weights.put(dimension, entry == null ? BigDecimal.ONE : number(WEIGHT + dimension));
        }
        if (weights.values().stream().allMatch(w -> w.signum() == 0)) {
            Entry last = null;
            for (String dimension : dimensions) {
                Entry entry = entries.get(WEIGHT + dimension);
                if (entry != null && (last == null || entry.line() > last.line())) {
                    last = entry;
                }
            }
            throw new DataException(last.source(), last.line(), "dimension weights must not all be 0");
        }
        ScoringMethod method = choice("risk.method", ScoringMethod.class);
        BigDecimal likelihoodWeight = number("risk.weight.likelihood");
        BigDecimal impactWeight = number("risk.weight.impact");
        if (method == ScoringMethod.WEIGHTED_SUM && likelihoodWeight.signum() == 0 && impactWeight.signum() == 0) {
            throw later("risk.weight.likelihood", "risk.weight.impact")
                    .fail("risk.weight.likelihood and risk.weight.impact must not both be 0");
        }
        BigDecimal medium = number("band.medium");
        BigDecimal high = number("band.high");
        if (medium.compareTo(high) >= 0) {
            throw later("band.medium", "band.high").fail("band.high " + high.toPlainString()
                    + " must be greater than band.medium " + medium.toPlainString());
        }
        double largeRatio = number("trend.large_ratio").doubleValue();
        if (!(largeRatio > 1) || Double.isInfinite(largeRatio)) {
            throw entries.get("trend.large_ratio").error("trend.large_ratio",
                    "must be a finite number greater than 1 but was " + entries.get("trend.large_ratio").value());
        }
        return new RiskSettings(method, likelihoodWeight, impactWeight, medium, high,
                choice("volume.method", VolumeRule.class), counts(), largeRatio, weights);
    }

    /** @return of two settings' entries, the one a user wrote, else the second */
    private Entry later(String a, String b) {
        Entry x = entries.get(a);
        Entry y = entries.get(b);
        return x.user() && !y.user() ? x : y;
    }

    private Entry entry(String setting) {
        Entry entry = entries.get(setting);
        if (entry == null) {
            throw new IllegalStateException("bundled settings lack " + setting);
        }
        return entry;
    }

    /** A plain decimal number: digits, and at most nine decimal places. */
    private static final String PLAIN = "[0-9]{1,7}(\\.[0-9]{1,9})?|\\.[0-9]{1,9}";
    /** The largest number a setting may have. */
    static final BigDecimal MAX_NUMBER = BigDecimal.valueOf(1_000_000);

    private BigDecimal number(String setting) {
        Entry entry = entry(setting);
        String v = entry.value().strip();
        if (v.startsWith("-") && v.substring(1).matches(PLAIN)) {
            throw entry.error(setting, "must not be negative but was " + entry.value());
        }
        // plain decimals only: an exponent such as 1e-999999999 or 1e100000000 made BigDecimal
        // throw, hang or exhaust the heap (issue 15)
        if (!v.matches(PLAIN)) {
            throw entry.error(setting, "expected a plain decimal number such as 2 or 0.5 (no exponent, at most "
                    + "9 decimal places) but was '" + entry.value() + "'");
        }
        BigDecimal value = new BigDecimal(v);
        if (value.compareTo(MAX_NUMBER) > 0) {
            throw entry.error(setting, "must be at most " + MAX_NUMBER.toPlainString() + " but was " + v);
        }
        return value;
    }

    private <E extends Enum<E>> E choice(String setting, Class<E> type) {
        Entry entry = entry(setting);
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            String name = ConfigCsv.key(constant.name());
            if (name.equals(ConfigCsv.key(entry.value()))) {
                return constant;
            }
            names.add(name);
        }
        throw entry.error(setting, "expected " + String.join(" or ", names) + " but was '" + entry.value() + "'");
    }

    private List<Long> counts() {
        Entry entry = entry("volume.counts");
        String[] parts = entry.value().split(";", -1);
        List<Long> counts = new ArrayList<>();
        try {
            for (String part : parts) {
                counts.add(Long.parseLong(part.trim()));
            }
        } catch (NumberFormatException e) {
            counts.clear();
        }
        if (counts.size() != 4 || !RiskSettings.ascending(counts)) {
            throw entry.error("volume.counts", "expected four ascending whole numbers separated by ';' but was '"
                    + entry.value() + "'");
        }
        return counts;
    }
}
