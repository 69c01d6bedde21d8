/**
 * Statistics for counts: exact rate-ratio tests, Poisson z-scores, and the multiple-comparison
 * adjustment {@link org.cspstat.stats.MultipleComparisons}.
 */
package org.cspstat.stats;
