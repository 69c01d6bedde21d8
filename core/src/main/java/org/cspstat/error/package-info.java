/**
 * The exceptions cspstat throws for problems a person can act on, one type per kind, in a leaf
 * package every other package may use: {@link org.cspstat.error.DataException} (bad input data,
 * naming file and line), {@link org.cspstat.error.GapException} (a period includes months without
 * data), {@link org.cspstat.error.ConfigurationException} (settings or loaded data that cannot
 * serve the request) and {@link org.cspstat.error.UsageException} (a request that is not
 * well formed). All extend {@link org.cspstat.error.CspstatException}. A front end maps the kinds
 * to its own words and exit codes; the messages never name command-line flags.
 */
package org.cspstat.error;
