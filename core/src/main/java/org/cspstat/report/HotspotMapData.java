package org.cspstat.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.cspstat.geo.EastingNorthing;

/**
 * A hotspot map: square grid cells on British National Grid axes (metres), each coloured by
 * its Gi* class, and marked when it is a new, emerging or intensifying hot spot over a run of
 * periods. Only cells with incidents or a significant class need be listed.
 *
 * @param name the file stem
 * @param title the title
 * @param cellSize the side of a cell in metres
 * @param cells the cells
 * @param emergingLabel the legend entry of the marked cells (naming the run of periods), or empty
 *     when no run of periods was analysed
 * @param boundary the study area's outline on British National Grid axes (rings of points, outer
 *     rings and holes), to draw under the cells; empty when the area was not given as a boundary
 * @param areas named areas (wards, LSOAs) drawn under the cells with their names; may be empty
 * @param source the source line
 * @param description one sentence for alternative text
 */
public record HotspotMapData(String name, String title, double cellSize, List<MapCell> cells, String emergingLabel,
        List<List<EastingNorthing>> boundary, List<MapArea> areas, String source, String description)
        implements ChartData {
    /**
     * Validates the map.
     *
     * @param name the file stem
     * @param title the title
     * @param cellSize the side of a cell in metres
     * @param cells the cells
     * @param emergingLabel the legend entry of the marked cells, or empty
     * @param boundary the study area's outline, or empty
     * @param areas named areas drawn under the cells, or empty
     * @param source the source line
     * @param description one sentence for alternative text
     * @throws IllegalArgumentException when the cell size is not positive or there are no cells
     */
    public HotspotMapData {
        boundary = requireNonNull(boundary, "boundary must not be null").stream().map(List::copyOf).toList();
        areas = List.copyOf(requireNonNull(areas, "areas must not be null"));
        ChartData.checkName(name);
        requireNonNull(title, "title must not be null");
        requireNonNull(emergingLabel, "emergingLabel must not be null");
        requireNonNull(source, "source must not be null");
        requireNonNull(description, "description must not be null");
        cells = List.copyOf(requireNonNull(cells, "cells must not be null"));
        if (!(cellSize > 0) || cells.isEmpty()) {
            throw new IllegalArgumentException("a hotspot map needs a positive cell size and at least one cell");
        }
    }

    /**
     * A map without a boundary outline.
     *
     * @param name the file stem
     * @param title the title
     * @param cellSize the side of a cell in metres
     * @param cells the cells
     * @param emergingLabel the legend entry of the marked cells, or empty
     * @param source the source line
     * @param description one sentence for alternative text
     */
    public HotspotMapData(String name, String title, double cellSize, List<MapCell> cells, String emergingLabel,
            String source, String description) {
        this(name, title, cellSize, cells, emergingLabel, List.of(), List.of(), source, description);
    }

    /**
     * A map with a study-area outline and no named areas.
     *
     * @param name the file stem
     * @param title the title
     * @param cellSize the side of a cell in metres
     * @param cells the cells
     * @param emergingLabel the legend entry of the marked cells, or empty
     * @param boundary the study area's outline, or empty
     * @param source the source line
     * @param description one sentence for alternative text
     */
    public HotspotMapData(String name, String title, double cellSize, List<MapCell> cells, String emergingLabel,
            List<List<EastingNorthing>> boundary, String source, String description) {
        this(name, title, cellSize, cells, emergingLabel, boundary, List.of(), source, description);
    }

    /**
     * A named area drawn under the map: its outline and where its name goes.
     *
     * @param name the area's name, such as a ward's
     * @param rings its outline on British National Grid axes (outer rings and holes)
     * @param label the point inside the area where its name is centred (the centre of the largest
     *     circle that fits inside it, so the name sits in the area even when it is not convex)
     */
    public record MapArea(String name, List<List<EastingNorthing>> rings, EastingNorthing label) {
        /**
         * Validates the area.
         *
         * @param name the name
         * @param rings the outline
         * @param label the label point
         */
        public MapArea {
            requireNonNull(name, "name must not be null");
            rings = requireNonNull(rings, "rings must not be null").stream().map(List::copyOf).toList();
            requireNonNull(label, "label must not be null");
        }
    }

    /**
     * One cell of the map.
     *
     * @param easting the cell centre's easting, metres
     * @param northing the cell centre's northing, metres
     * @param tone {@link Tone#INCREASE} for a hot spot, {@link Tone#DECREASE} for a cold spot,
     *     {@link Tone#NEUTRAL} for neither
     * @param label a place name to write beside the cell, or empty
     * @param emerging true for a new, emerging or intensifying hot spot over the run of periods
     */
    public record MapCell(double easting, double northing, Tone tone, String label, boolean emerging) {
        /**
         * Validates the cell.
         *
         * @param easting the cell centre's easting
         * @param northing the cell centre's northing
         * @param tone the cell's class
         * @param label a place name, or empty
         * @param emerging true for a new, emerging or intensifying hot spot
         */
        public MapCell {
            requireNonNull(tone, "tone must not be null");
            requireNonNull(label, "label must not be null");
        }
    }
}
