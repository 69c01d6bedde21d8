package org.cspstat.risk;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cspstat.error.DataException;

/**
 * The numbers that turn scores into a risk: dimension weights, the scoring method, the band
 * thresholds and the likelihood rules. Read from a {@code setting,value[,note]} CSV; a setting
 * the file omits keeps its bundled default ({@code default-settings.csv}, documented in
 * {@code docs/risk.md}), and a dimension without a {@code weight.<dimension>} weighs 1.
 *
 * @param method how likelihood and impact combine ({@code risk.method})
 * @param likelihoodWeight the likelihood's weight in a weighted sum ({@code risk.weight.likelihood})
 * @param impactWeight the impact's weight in a weighted sum ({@code risk.weight.impact})
 * @param mediumFrom the lowest score banded MEDIUM ({@code band.medium})
 * @param highFrom the lowest score banded HIGH ({@code band.high}), above {@code mediumFrom}
 * @param volumeRule how the current count becomes a volume band ({@code volume.method})
 * @param volumeCounts the four ascending counts that reach volume bands 2, 3, 4 and 5 under
 *     {@link VolumeRule#COUNTS} ({@code volume.counts}, written {@code 50;150;400;1000})
 * @param largeRatio a significant rate ratio at least this, or at most its reciprocal, moves
 *     the likelihood by 2 rather than 1 ({@code trend.large_ratio}), above 1
 * @param dimensionWeights each dimension key mapped to its weight in the impact's weighted mean
 */
public record RiskSettings(ScoringMethod method, BigDecimal likelihoodWeight, BigDecimal impactWeight,
        BigDecimal mediumFrom, BigDecimal highFrom, VolumeRule volumeRule, List<Long> volumeCounts,
        double largeRatio, Map<String, BigDecimal> dimensionWeights) {

    private static final String BUNDLED = "default-settings.csv";

    /**
     * Validates and copies the settings.
     *
     * @param method how likelihood and impact combine ({@code risk.method})
     * @param likelihoodWeight the likelihood's weight in a weighted sum ({@code risk.weight.likelihood})
     * @param impactWeight the impact's weight in a weighted sum ({@code risk.weight.impact})
     * @param mediumFrom the lowest score banded MEDIUM ({@code band.medium})
     * @param highFrom the lowest score banded HIGH ({@code band.high}), above {@code mediumFrom}
     * @param volumeRule how the current count becomes a volume band ({@code volume.method})
     * @param volumeCounts the four ascending counts that reach volume bands 2, 3, 4 and 5 under
     *     {@link VolumeRule#COUNTS} ({@code volume.counts}, written {@code 50;150;400;1000})
     * @param largeRatio a significant rate ratio at least this, or at most its reciprocal, moves
     *     the likelihood by 2 rather than 1 ({@code trend.large_ratio}), above 1
     * @param dimensionWeights each dimension key mapped to its weight in the impact's weighted mean
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the thresholds are not ascending, a weight is
     *     negative, all dimension weights are 0, or the large ratio is not above 1
     */
    public RiskSettings {
        requireNonNull(method, "method must not be null");
        requireNonNull(likelihoodWeight, "likelihoodWeight must not be null");
        requireNonNull(impactWeight, "impactWeight must not be null");
        requireNonNull(mediumFrom, "mediumFrom must not be null");
        requireNonNull(highFrom, "highFrom must not be null");
        requireNonNull(volumeRule, "volumeRule must not be null");
        volumeCounts = List.copyOf(requireNonNull(volumeCounts, "volumeCounts must not be null"));
        dimensionWeights = Collections.unmodifiableMap(
                new LinkedHashMap<>(requireNonNull(dimensionWeights, "dimensionWeights must not be null")));
        if (mediumFrom.compareTo(highFrom) >= 0) {
            throw new IllegalArgumentException("band.high " + highFrom + " must be greater than band.medium " + mediumFrom);
        }
        if (volumeCounts.size() != 4 || !ascending(volumeCounts)) {
            throw new IllegalArgumentException("volumeCounts must be four ascending counts: " + volumeCounts);
        }
        if (!(largeRatio > 1) || Double.isInfinite(largeRatio)) {
            throw new IllegalArgumentException("largeRatio must be greater than 1 but was " + largeRatio);
        }
        if (likelihoodWeight.signum() < 0 || impactWeight.signum() < 0
                || dimensionWeights.values().stream().anyMatch(w -> w.signum() < 0)) {
            throw new IllegalArgumentException("weights must not be negative");
        }
        if (dimensionWeights.values().stream().allMatch(w -> w.signum() == 0)) {
            throw new IllegalArgumentException("dimension weights must not all be 0");
        }
    }

    /** @return whether the counts are non-negative and strictly ascending */
    static boolean ascending(List<Long> counts) {
        for (int i = 0; i < counts.size(); i++) {
            if (counts.get(i) < 0 || i > 0 && counts.get(i) <= counts.get(i - 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The risk score of a likelihood and an impact, by this configuration's method.
     *
     * @param likelihood the likelihood, 1–5
     * @param impact the impact, 1–5
     * @return {@code likelihood × impact}, or the weighted sum
     */
    public BigDecimal score(int likelihood, int impact) {
        if (method == ScoringMethod.PRODUCT) {
            return BigDecimal.valueOf((long) likelihood * impact);
        }
        return likelihoodWeight.multiply(BigDecimal.valueOf(likelihood))
                .add(impactWeight.multiply(BigDecimal.valueOf(impact)));
    }

    /**
     * The scoring rule in words, for reports: {@code Risk = likelihood × impact.} or, for a
     * weighted sum, {@code Risk = 2 × likelihood + 1 × impact.}
     *
     * @return one sentence
     */
    public String rule() {
        return method == ScoringMethod.PRODUCT ? "Risk = likelihood × impact."
                : "Risk = " + likelihoodWeight.stripTrailingZeros().toPlainString() + " × likelihood + "
                        + impactWeight.stripTrailingZeros().toPlainString() + " × impact.";
    }

    /**
     * The band of a risk score.
     *
     * @param score a score from {@link #score}
     * @return HIGH from {@link #highFrom}, MEDIUM from {@link #mediumFrom}, else LOW
     */
    public Band band(BigDecimal score) {
        if (score.compareTo(highFrom) >= 0) {
            return Band.HIGH;
        }
        return score.compareTo(mediumFrom) >= 0 ? Band.MEDIUM : Band.LOW;
    }

    /**
     * The bundled defaults for a matrix's dimensions.
     *
     * @param dimensions the matrix's dimension keys
     * @return the defaults: product scoring, MEDIUM from 8, HIGH from 15, quintile volume bands,
     *     large ratio 1.2, every dimension weighing 1
     */
    public static RiskSettings defaults(List<String> dimensions) {
        return SettingsParser.parse(bundled(), List.of(), dimensions);
    }

    /**
     * Reads a settings file over the bundled defaults.
     *
     * @param path the CSV file
     * @param dimensions the matrix's dimension keys, to check {@code weight.<dimension>} names
     * @return the settings
     * @throws DataException {@code file:line: reason} for an unknown or repeated setting, a value
     *     that is not valid for its setting, or thresholds out of order
     */
    public static RiskSettings load(Path path, List<String> dimensions) {
        return SettingsParser.parse(bundled(), List.of(ConfigCsv.read(path)), dimensions);
    }

    /**
     * Reads settings from text over the bundled defaults.
     *
     * @param source the file name or label used in messages
     * @param reader the CSV text
     * @param dimensions the matrix's dimension keys
     * @return the settings
     * @throws DataException {@code source:line: reason}, as {@link #load(Path, List)}
     */
    public static RiskSettings parse(String source, Reader reader, List<String> dimensions) {
        return SettingsParser.parse(bundled(), List.of(ConfigCsv.read(source, reader)), dimensions);
    }

    private static ConfigCsv.Table bundled() {
        InputStream in = RiskSettings.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException("bundled resource missing: " + BUNDLED);
        }
        return ConfigCsv.read(BUNDLED, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * @param dimension a dimension key
     * @return its weight, 1 when the settings do not name it
     */
    public BigDecimal weight(String dimension) {
        return dimensionWeights.getOrDefault(dimension, BigDecimal.ONE);
    }

    /** @return whether every dimension weighs the same, so the impact is a plain mean */
    public boolean equalWeights() {
        List<BigDecimal> distinct = new ArrayList<>();
        for (BigDecimal w : dimensionWeights.values()) {
            if (distinct.stream().noneMatch(d -> d.compareTo(w) == 0)) {
                distinct.add(w);
            }
        }
        return distinct.size() <= 1;
    }
}
