/**
 * Developer tools that build cspstat's sample data; not part of the CLI jar. Entry points:
 * {@link org.cspstat.tools.SyntheticDistrict} (the invented district "Northbrook" in police.uk
 * format, with planted changes, a gap month and hotspots), {@link org.cspstat.tools.CouncilAsbExport}
 * (an invented council ASB case export) and {@link org.cspstat.tools.LsoaExtract} (real police.uk
 * rows of one district, byte for byte). See {@code sample-data/README.md}.
 */
package org.cspstat.tools;
