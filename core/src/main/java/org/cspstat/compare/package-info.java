/**
 * The one comparison engine. Entry point: {@link org.cspstat.compare.Comparison#of}, which
 * compares a current with a previous period by category ({@link org.cspstat.compare.CategoryGroups}:
 * All crime, All ASB, user groups, categories), by area ({@link org.cspstat.compare.AreaLevel})
 * or both, and returns a {@link org.cspstat.compare.ComparisonResult} of rows with exact
 * rate-ratio tests adjusted across the table. Hotspot ranking and the risk matrix read it too.
 */
package org.cspstat.compare;
