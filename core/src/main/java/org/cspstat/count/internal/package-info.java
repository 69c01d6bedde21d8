/**
 * Internal to the loaders: the per-thread counters of {@link org.cspstat.count.CountStoreBuilder}.
 * Not exported by the {@code org.cspstat.core} module; subject to change without notice.
 */
package org.cspstat.count.internal;
