package org.cspstat.geo;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Converts between WGS84 longitude/latitude (EPSG:4326) and British National Grid
 * easting/northing in metres (EPSG:27700), with proj4j and its EPSG definitions (which include
 * the Helmert shift from WGS84 to OSGB36, good to a few metres; OSTN15 is not applied).
 *
 * <p>Distances, grid cells and circles are always measured in these metres, never on raw
 * degrees. proj4j transforms keep mutable state, so each thread builds its own coordinate
 * reference systems and pair of transforms once, on first use. Later calls are cheap (no
 * allocation beyond the returned record) and safe from any thread.
 */
public final class BritishNationalGrid {
    private static final ThreadLocal<Transforms> TRANSFORMS =
            ThreadLocal.withInitial(Transforms::new);

    private BritishNationalGrid() {
    }

    /**
     * Projects a WGS84 position to the British National Grid.
     *
     * @param lon longitude in degrees east
     * @param lat latitude in degrees north
     * @return easting and northing in metres; (-0.2, 51.9) gives about (523942, 223915)
     * @throws IllegalArgumentException when a coordinate is NaN or out of range
     */
    public static EastingNorthing toGrid(double lon, double lat) {
        new LonLat(lon, lat);
        Transforms t = TRANSFORMS.get();
        t.in.x = lon;
        t.in.y = lat;
        t.toGrid.transform(t.in, t.out);
        return new EastingNorthing(t.out.x, t.out.y);
    }

    /**
     * Projects a WGS84 position to the British National Grid.
     *
     * @param position the position
     * @return easting and northing in metres
     */
    public static EastingNorthing toGrid(LonLat position) {
        return toGrid(position.lon(), position.lat());
    }

    /**
     * Converts a British National Grid position back to WGS84.
     *
     * @param easting metres east
     * @param northing metres north
     * @return longitude and latitude in degrees
     * @throws IllegalArgumentException when a coordinate is not finite
     */
    public static LonLat toLonLat(double easting, double northing) {
        new EastingNorthing(easting, northing);
        Transforms t = TRANSFORMS.get();
        t.in.x = easting;
        t.in.y = northing;
        t.toLonLat.transform(t.in, t.out);
        return new LonLat(t.out.x, t.out.y);
    }

    /** One thread's transforms and scratch coordinates. */
    private static final class Transforms {
        final CoordinateTransform toGrid;
        final CoordinateTransform toLonLat;
        final ProjCoordinate in = new ProjCoordinate();
        final ProjCoordinate out = new ProjCoordinate();

        Transforms() {
            CRSFactory crs = new CRSFactory();
            CoordinateReferenceSystem wgs84 = crs.createFromName("EPSG:4326");
            CoordinateReferenceSystem bng = crs.createFromName("EPSG:27700");
            CoordinateTransformFactory factory = new CoordinateTransformFactory();
            toGrid = factory.createTransform(wgs84, bng);
            toLonLat = factory.createTransform(bng, wgs84);
        }
    }
}
