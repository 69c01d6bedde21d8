/**
 * Geography for hotspot work: {@link org.cspstat.geo.BritishNationalGrid} projects WGS84
 * longitude/latitude to British National Grid metres (EPSG:27700) and back;
 * {@link org.cspstat.geo.Polygons} reads ONS boundary GeoJSON (wards, LSOAs) into a
 * {@link org.cspstat.geo.PolygonIndex} that answers "which area contains this point" and builds
 * LSOA-to-ward lookups; {@link org.cspstat.geo.NamedPlaces} reads the analyst's named-places
 * file (polygons, circles, lists of LSOAs) and tells which places contain an incident.
 */
package org.cspstat.geo;
