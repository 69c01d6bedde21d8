/**
 * JSON of the results, by Jackson ({@link org.cspstat.json.CspstatJson}): a format layer above
 * the analyses, which know nothing of it (docs/ARCHITECTURE.md, "Formats"). The result records
 * carry no Jackson annotation; the shapes documented in the README are this package's
 * configuration: Jackson's record support for the plain records, small serializers for the rest.
 */
package org.cspstat.json;
