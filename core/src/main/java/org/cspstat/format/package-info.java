/**
 * The text formats every command shares: the small immutable {@link org.cspstat.format.Table} of
 * typed {@link org.cspstat.format.Column}s, tables as aligned text, CSV (with the
 * spreadsheet-injection guard) or Markdown ({@link org.cspstat.format.TableFormat}), and HTML
 * escaping ({@link org.cspstat.format.Html}). JSON is written by Jackson in
 * {@code org.cspstat.json}, and results become tables in {@code org.cspstat.table}, both in the
 * Formats layer above the analyses. A leaf: it depends on no other cspstat package
 * (docs/ARCHITECTURE.md).
 */
package org.cspstat.format;
