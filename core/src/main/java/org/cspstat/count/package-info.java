/**
 * The compact store of counts every analysis reads: {@link org.cspstat.count.CountStore},
 * built by {@link org.cspstat.count.CountStoreBuilder} from many loading threads. Cells are
 * (category, month, area) and, for hotspots, (category, month, snap point), dictionary-encoded
 * and packed into primitive hash maps, so memory grows with distinct cells, never with rows.
 */
package org.cspstat.count;
