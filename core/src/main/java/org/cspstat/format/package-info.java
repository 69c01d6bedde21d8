/**
 * The text formats every command shares: tables as aligned text, CSV (with the
 * spreadsheet-injection guard) or Markdown ({@link org.cspstat.format.TableFormat}), and HTML
 * escaping ({@link org.cspstat.format.Html}). JSON is written by Jackson in
 * {@code org.cspstat.json}, a layer above the analyses. A leaf: it depends on no other cspstat
 * package (docs/ARCHITECTURE.md).
 */
package org.cspstat.format;
