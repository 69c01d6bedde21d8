/**
 * Several sources in one run: how much of each issue (All ASB, say) each source (police.uk, a
 * council export) contributes, in the current and the previous period.
 */
package org.cspstat.source;
