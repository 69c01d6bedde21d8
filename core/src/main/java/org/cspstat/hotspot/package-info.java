/**
 * Where incidents concentrate and what is emerging. The entry point for maps is
 * {@link org.cspstat.hotspot.HotspotMap}: it lays a {@link org.cspstat.hotspot.Grid} on the
 * British National Grid over incident counts at map points, computes Getis–Ord
 * {@link org.cspstat.hotspot.GiStar} per cell with Benjamini–Hochberg adjustment and, over a run
 * of periods, classifies cells with {@link org.cspstat.hotspot.EmergingHotspots}; the result is a
 * {@link org.cspstat.hotspot.HotspotResult} with JSON, GeoJSON and table output.
 * {@link org.cspstat.hotspot.Concentration} measures concentration among areas (Gini, top 5% and
 * 10%, Lorenz curve) and {@link org.cspstat.hotspot.Displacement} the weighted displacement
 * difference of Wheeler and Ratcliffe.
 */
package org.cspstat.hotspot;
