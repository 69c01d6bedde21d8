/**
 * Internal to the readers: bounded, strictly decoded reading of the small configuration files
 * (mappings, lookups, populations, risk settings). Not exported by the {@code org.cspstat.core}
 * module; subject to change without notice.
 */
package org.cspstat.io.internal;
