/** Repeat locations: the places (police.uk snap points, or a mapped export's addresses) with the most incidents. */
package org.cspstat.place;
