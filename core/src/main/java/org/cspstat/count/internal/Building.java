package org.cspstat.count.internal;

import java.util.Objects;

/**
 * The loaders' way into {@code org.cspstat.count.CountStoreBuilder}'s per-thread counters and the merging of a split
 * file's pieces, which are not part of the public API: the builder hands this class its hooks when
 * it is first used. Internal: the module does not export this package. The builders are passed as
 * {@code Object} and cast by the builder's own hooks, so that this package does not depend on
 * {@code org.cspstat.count} (which depends on it): no package cycle, as jdeps and ArchitectureTest
 * check.
 */
public final class Building {
    private static volatile Hooks hooks;

    private Building() {
    }

    /** What the builder lends the loaders. */
    public interface Hooks {
        /**
         * @param builder a {@code CountStoreBuilder}
         * @return a new per-thread counter of it
         */
        PartialCounts newPartial(Object builder);

        /**
         * @param builder a {@code CountStoreBuilder}
         * @param piece a {@code CountStoreBuilder} with the same settings, not used afterwards
         */
        void absorb(Object builder, Object piece);
    }

    /**
     * Called once by {@code org.cspstat.count.CountStoreBuilder} as it is initialised.
     *
     * @param h the builder's hooks
     */
    public static void install(Hooks h) {
        if (hooks != null) {
            throw new IllegalStateException("hooks installed twice");
        }
        hooks = Objects.requireNonNull(h);
    }

    /**
     * @param builder a builder (whose class is initialised, so its hooks are installed)
     * @return a new per-thread counter, merged when the builder builds its store
     */
    public static PartialCounts newPartial(Object builder) {
        return hooks.newPartial(Objects.requireNonNull(builder));
    }

    /**
     * Adds everything another builder counted, as if its rows had been counted here in the order
     * it met them (see {@code CountStoreBuilder.absorb}).
     *
     * @param builder the builder that takes the counts
     * @param piece a builder with the same settings, not used afterwards
     * @throws IllegalArgumentException when the settings differ
     */
    public static void absorb(Object builder, Object piece) {
        hooks.absorb(Objects.requireNonNull(builder), Objects.requireNonNull(piece));
    }
}
