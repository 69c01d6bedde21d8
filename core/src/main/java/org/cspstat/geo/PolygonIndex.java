package org.cspstat.geo;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Answers "which regions contain this point" quickly for a set of WGS84 regions, with a JTS
 * {@link STRtree} on the regions' bounding boxes and a {@link PreparedGeometry} per region.
 *
 * <p>A point on a shared boundary may be reported by both regions; {@link #first} returns the
 * one listed first. Instances are immutable after construction and safe to query from several
 * threads.
 */
public final class PolygonIndex {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final List<Region> regions;
    private final STRtree tree = new STRtree();

    private PolygonIndex(List<Region> regions) {
        this.regions = List.copyOf(requireNonNull(regions, "regions must not be null"));
        for (int i = 0; i < this.regions.size(); i++) {
            Region region = this.regions.get(i);
            tree.insert(region.geometry().getEnvelopeInternal(),
                    new Entry(i, region, PreparedGeometryFactory.prepare(region.geometry())));
        }
        tree.build();
    }

    /**
     * Indexes regions.
     *
     * @param regions the regions, in the order {@link #first} prefers
     * @return the index
     */
    public static PolygonIndex of(List<Region> regions) {
        return new PolygonIndex(regions);
    }

    /**
     * Returns the regions, in the order given.
     *
     * @return the regions
     */
    public List<Region> regions() {
        return regions;
    }

    /**
     * Returns every region that contains or touches the point.
     *
     * @param lon longitude in degrees
     * @param lat latitude in degrees
     * @return the regions in their listed order; empty when none
     */
    public List<Region> containing(double lon, double lat) {
        Point point = FACTORY.createPoint(new Coordinate(lon, lat));
        List<Entry> hits = new ArrayList<>();
        for (Object o : tree.query(new Envelope(lon, lon, lat, lat))) {
            Entry entry = (Entry) o;
            if (entry.prepared.covers(point)) {
                hits.add(entry);
            }
        }
        hits.sort(Comparator.comparingInt(Entry::order));
        return hits.stream().map(Entry::region).toList();
    }

    /**
     * Returns the first listed region that contains the point.
     *
     * @param lon longitude in degrees
     * @param lat latitude in degrees
     * @return the region, or empty when the point is outside all regions
     */
    public Optional<Region> first(double lon, double lat) {
        return containing(lon, lat).stream().findFirst();
    }

    /**
     * Builds a lookup from each of the given areas to the region of this index that contains
     * the area's centroid, as "best fit" lookups from LSOAs to wards are built. When the
     * centroid of a concave area falls outside it, its interior point is used instead.
     *
     * @param areas the smaller areas, such as LSOAs
     * @return area code to region code, in the areas' order; areas whose point lies in no
     *     region are left out
     */
    public Map<String, String> lookupByCentroid(List<Region> areas) {
        Map<String, String> lookup = new LinkedHashMap<>();
        for (Region area : areas) {
            Point point = area.geometry().getCentroid();
            if (!area.geometry().covers(point)) {
                point = area.geometry().getInteriorPoint();
            }
            first(point.getX(), point.getY()).ifPresent(r -> lookup.put(area.code(), r.code()));
        }
        return lookup;
    }

    private record Entry(int order, Region region, PreparedGeometry prepared) {
    }
}
