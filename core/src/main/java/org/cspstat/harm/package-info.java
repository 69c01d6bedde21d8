/**
 * Harm-weighted counts: each incident weighted by its category's Cambridge Crime Harm Index days
 * (bundled, illustrative, or a partnership's own CSV), with the harm-weighted change and its
 * interval.
 */
package org.cspstat.harm;
