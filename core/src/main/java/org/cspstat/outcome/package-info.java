/**
 * The outcomes of crimes: the {@code Last outcome category} of police.uk street files and, when
 * {@code -outcomes.csv} files are given, the latest outcome per Crime ID from them; outcome groups
 * by category and area, and the charge/summons share year on year with Fisher's exact test.
 * Read on demand, apart from the counting load, so the fast reader never parses outcomes.
 */
package org.cspstat.outcome;
