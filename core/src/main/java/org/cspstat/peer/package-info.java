/**
 * Districts among their peers: the districts found in the loaded data ({@link org.cspstat.peer.Districts},
 * from police.uk LSOA names {@code <district> NNNX}), peer groups ({@link org.cspstat.peer.PeerGroups}),
 * rates per 1,000 residents or per LSOA, and funnel plots with exact Poisson limits widened for
 * over-dispersion between areas ({@link org.cspstat.peer.Funnel}, Spiegelhalter 2005).
 */
package org.cspstat.peer;
