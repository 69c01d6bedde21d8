package org.cspstat.hotspot;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.cspstat.geo.Boundary;
import org.cspstat.geo.EastingNorthing;

/**
 * Which cells of a hot-spot grid belong to the study area. Gi* compares each cell's
 * neighbourhood with the area's cells only: cells where no incident of the area can fall would
 * otherwise add zeros by construction and make the cells inside look hot.
 *
 * <ul>
 *   <li>{@link #boundary}: the cells whose square overlaps the boundary (the union of the
 *       polygons given with {@code --boundary}); incidents whose cell is outside are left off
 *       the map and counted.</li>
 *   <li>{@link #mapPoints}: without a boundary, the cells holding at least one map point of the
 *       area. police.uk publishes every incident at one of a fixed set of anonymous map points
 *       (snap points); a cell holding none of the area's points cannot hold any of its
 *       incidents. The points are those of every category and month loaded, not only the
 *       issue mapped, so an empty cell of the area stays in.</li>
 *   <li>{@link #rectangle}: every cell of the rectangle over the points mapped (the old
 *       behaviour, for synthetic data and callers that know their grid is the area).</li>
 * </ul>
 */
public final class StudyArea {
    private final Boundary boundary;
    private final List<EastingNorthing> points;
    private final String description;

    private StudyArea(Boundary boundary, List<EastingNorthing> points, String description) {
        this.boundary = boundary;
        this.points = points;
        this.description = description;
    }

    /**
     * @param boundary the area's outline
     * @return the cells overlapping the outline
     */
    public static StudyArea boundary(Boundary boundary) {
        requireNonNull(boundary, "boundary must not be null");
        return new StudyArea(boundary, List.of(), "the cells overlapping the boundary in " + boundary.name());
    }

    /**
     * @param points every map point of the area, British National Grid metres, at least one
     * @return the cells holding at least one of the points
     */
    public static StudyArea mapPoints(List<EastingNorthing> points) {
        if (requireNonNull(points, "points must not be null").isEmpty()) {
            throw new IllegalArgumentException("a study area needs at least one map point");
        }
        return new StudyArea(null, List.copyOf(points), "the cells holding at least one of the area's "
                + String.format(java.util.Locale.ROOT, "%,d", points.size()) + " police.uk map points");
    }

    /** @return every cell of the rectangle over the points mapped */
    public static StudyArea rectangle() {
        return new StudyArea(null, null, "every cell of the rectangle over the points mapped");
    }

    /** @return the boundary, when the area is one */
    public Optional<Boundary> boundary() {
        return Optional.ofNullable(boundary);
    }

    /** @return the rule in words, such as "the cells overlapping the boundary in stevenage.geojson" */
    public String description() {
        return description;
    }

    /** @return points whose bounding box the grid must cover */
    List<EastingNorthing> extent() {
        return boundary != null ? boundary.extent() : points == null ? List.of() : points;
    }

    /**
     * @param grid a grid covering {@link #extent()}
     * @return for each cell {@code row * cols + col}, whether it is in the area
     */
    boolean[] cells(Grid grid) {
        boolean[] in = new boolean[grid.size()];
        if (boundary == null && points == null) {
            java.util.Arrays.fill(in, true);
        } else if (boundary != null) {
            for (int r = 0; r < grid.rows(); r++) {
                for (int c = 0; c < grid.cols(); c++) {
                    in[r * grid.cols() + c] = boundary.overlapsSquare(grid.originEasting() + c * grid.cellSize(),
                            grid.originNorthing() + r * grid.cellSize(), grid.cellSize());
                }
            }
        } else {
            for (EastingNorthing p : points) {
                int r = grid.rowOf(p.northing());
                int c = grid.colOf(p.easting());
                if (r >= 0 && r < grid.rows() && c >= 0 && c < grid.cols()) {
                    in[r * grid.cols() + c] = true;
                }
            }
        }
        return in;
    }
}
