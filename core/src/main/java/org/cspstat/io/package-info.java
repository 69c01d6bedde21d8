/**
 * Loading exports into counts. The entry point is {@link org.cspstat.io.Loader#load}, configured
 * by {@link org.cspstat.io.LoadOptions}: it reads police.uk street files or, through an
 * {@link org.cspstat.io.ExportMapping}, any other export, from files, directory trees and zips,
 * selects the partnership's area ({@link org.cspstat.io.AreaSelection},
 * {@link org.cspstat.io.AreaAssigner}), and returns a {@link org.cspstat.io.Dataset}: the
 * {@link org.cspstat.count.CountStore} and the {@link org.cspstat.io.DataQuality} account.
 * Bad input is always reported as the one {@link org.cspstat.error.DataException}.
 */
package org.cspstat.io;

import org.cspstat.error.DataException;
