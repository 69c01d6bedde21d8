package org.cspstat.geo;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * A study area's outline: the union of one or more polygons, held on the British National Grid
 * (metres), so that grid cells can be tested against it and the outline drawn under a map.
 */
public final class Boundary {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final String name;
    private final Geometry grid;
    private final PreparedGeometry prepared;

    private Boundary(String name, Geometry grid) {
        this.name = name;
        this.grid = grid;
        this.prepared = PreparedGeometryFactory.prepare(grid);
    }

    /**
     * Reads a GeoJSON FeatureCollection of polygons in WGS84; their union is the area.
     *
     * @param file the GeoJSON file
     * @return the boundary, named after the file
     * @throws org.cspstat.error.DataException when the file is unreadable or not polygons in degrees
     */
    public static Boundary read(Path file) {
        return ofLonLat(file.getFileName().toString(), Polygons.readShapes(file));
    }

    /**
     * Makes a boundary from polygons in WGS84 (x longitude, y latitude).
     *
     * @param name a name for messages and captions
     * @param shapes the polygons, at least one; their union is the area
     * @return the boundary
     */
    public static Boundary ofLonLat(String name, List<Geometry> shapes) {
        requireNonNull(shapes, "shapes must not be null");
        if (shapes.isEmpty()) {
            throw new IllegalArgumentException("a boundary needs at least one polygon");
        }
        List<Geometry> projected = new ArrayList<>();
        for (Geometry g : shapes) {
            Geometry copy = g.copy();
            copy.apply((CoordinateFilter) c -> {
                EastingNorthing en = BritishNationalGrid.toGrid(c.x, c.y);
                c.x = en.easting();
                c.y = en.northing();
            });
            copy.geometryChanged();
            projected.add(copy.buffer(0)); // repairs self-touching rings before the union
        }
        return new Boundary(requireNonNull(name, "name must not be null"), CascadedPolygonUnion.union(projected));
    }

    /** @return the name given (the file name when read from a file) */
    public String name() {
        return name;
    }

    /** @return the area in square metres */
    public double area() {
        return grid.getArea();
    }

    /** @return the south-west and north-east corners of the bounding box, in metres */
    public List<EastingNorthing> extent() {
        Envelope e = grid.getEnvelopeInternal();
        return List.of(new EastingNorthing(e.getMinX(), e.getMinY()), new EastingNorthing(e.getMaxX(), e.getMaxY()));
    }

    /**
     * Tells whether a point on the British National Grid lies in the area (or on its edge).
     *
     * @param point the point in metres
     * @return true when inside
     */
    public boolean contains(EastingNorthing point) {
        return prepared.covers(FACTORY.createPoint(new Coordinate(point.easting(), point.northing())));
    }

    /**
     * Tells whether an axis-aligned square shares any area with the boundary's interior.
     *
     * @param west the square's west edge, metres
     * @param south its south edge, metres
     * @param side its side, metres
     * @return true when the square overlaps the area
     */
    public boolean overlapsSquare(double west, double south, double side) {
        Geometry square = FACTORY.toGeometry(new Envelope(west, west + side, south, south + side));
        return prepared.intersects(square) && !prepared.getGeometry().touches(square);
    }

    /**
     * Every ring of the area's outline (outer rings and holes), on the British National Grid, for
     * drawing under a map.
     *
     * @return each ring as a closed list of points
     */
    public List<List<EastingNorthing>> rings() {
        List<List<EastingNorthing>> out = new ArrayList<>();
        for (int i = 0; i < grid.getNumGeometries(); i++) {
            if (grid.getGeometryN(i) instanceof Polygon p) {
                out.add(ring(p.getExteriorRing()));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    out.add(ring(p.getInteriorRingN(h)));
                }
            }
        }
        return out;
    }

    /**
     * Where a label naming the area goes: the centre of the largest circle inside its largest
     * polygon (the pole of inaccessibility), which lies inside the area even when it is not convex.
     *
     * @return the point in metres
     */
    public EastingNorthing labelPoint() {
        Geometry largest = grid.getGeometryN(0);
        for (int i = 1; i < grid.getNumGeometries(); i++) {
            if (grid.getGeometryN(i).getArea() > largest.getArea()) {
                largest = grid.getGeometryN(i);
            }
        }
        Envelope e = largest.getEnvelopeInternal();
        double tolerance = Math.max(1, Math.min(e.getWidth(), e.getHeight()) / 200);
        Coordinate c = org.locationtech.jts.algorithm.construct.MaximumInscribedCircle
                .getCenter(largest, tolerance).getCoordinate();
        return new EastingNorthing(c.x, c.y);
    }

    /**
     * The radius of the largest circle inside the area's largest polygon, for fitting its label.
     *
     * @return the radius in metres
     */
    public double labelRadius() {
        Geometry largest = grid.getGeometryN(0);
        for (int i = 1; i < grid.getNumGeometries(); i++) {
            if (grid.getGeometryN(i).getArea() > largest.getArea()) {
                largest = grid.getGeometryN(i);
            }
        }
        Envelope e = largest.getEnvelopeInternal();
        double tolerance = Math.max(1, Math.min(e.getWidth(), e.getHeight()) / 200);
        return org.locationtech.jts.algorithm.construct.MaximumInscribedCircle
                .getRadiusLine(largest, tolerance).getLength();
    }

    private static List<EastingNorthing> ring(LineString ring) {
        List<EastingNorthing> out = new ArrayList<>();
        for (Coordinate c : ring.getCoordinates()) {
            out.add(new EastingNorthing(c.x, c.y));
        }
        return out;
    }
}
