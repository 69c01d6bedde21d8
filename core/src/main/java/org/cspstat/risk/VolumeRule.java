package org.cspstat.risk;

/** How an issue's current count becomes a volume band 1–5 (setting {@code volume.method}). */
public enum VolumeRule {
    /**
     * Relative to the other issues scored: with {@code n} issues and {@code a} of them having
     * a strictly larger current count, the band is {@code 5 − floor(5·a/n)}. The default.
     * Setting value {@code quintile}.
     */
    QUINTILE,
    /**
     * Absolute: four ascending counts {@code c2;c3;c4;c5} (setting {@code volume.counts}); the
     * band is 1 plus the number of them the current count reaches. Setting value {@code counts}.
     */
    COUNTS
}
