package org.cspstat.count.internal;

import java.util.Objects;
import org.cspstat.count.CountStoreBuilder;

/**
 * The loaders' way into {@link CountStoreBuilder}'s per-thread counters and the merging of a split
 * file's pieces, which are not part of the public API: the builder hands this class its hooks when
 * it is first used. Internal: the module does not export this package.
 */
public final class Building {
    private static volatile Hooks hooks;

    private Building() {
    }

    /** What the builder lends the loaders. */
    public interface Hooks {
        /**
         * @param builder a builder
         * @return a new per-thread counter of it
         */
        PartialCounts newPartial(CountStoreBuilder builder);

        /**
         * @param builder a builder
         * @param piece a builder with the same settings, not used afterwards
         */
        void absorb(CountStoreBuilder builder, CountStoreBuilder piece);
    }

    /**
     * Called once by {@link CountStoreBuilder} as it is initialised.
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
    public static PartialCounts newPartial(CountStoreBuilder builder) {
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
    public static void absorb(CountStoreBuilder builder, CountStoreBuilder piece) {
        hooks.absorb(Objects.requireNonNull(builder), Objects.requireNonNull(piece));
    }
}
