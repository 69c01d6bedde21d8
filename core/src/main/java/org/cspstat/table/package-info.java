/**
 * The analyses' results as tables ({@link org.cspstat.table.Tables}): plain values for CSV and
 * spreadsheets, and tables formatted for people. A format over the analyses: the results know
 * nothing of it (docs/ARCHITECTURE.md, layer Formats).
 */
package org.cspstat.table;
