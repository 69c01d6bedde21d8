/**
 * Is a change real? The entry point is {@link org.cspstat.stats.Change}, one comparison cell
 * (current against previous count) built on {@link org.cspstat.stats.RateRatioTest}, the exact
 * test and interval of R's {@code poisson.test}, and on Wheeler's
 * {@link org.cspstat.stats.PoissonZ}. The p-values of a family of cells are adjusted with
 * {@link org.cspstat.stats.MultipleComparisons} before {@link org.cspstat.stats.Verdict} turns
 * each into words.
 */
package org.cspstat.stats;
