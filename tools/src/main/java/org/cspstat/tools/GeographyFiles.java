package org.cspstat.tools;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The lookup and named-places files that go with the synthetic district. */
final class GeographyFiles {

    /** Radius of the Market Square circle in places.csv, metres. */
    static final double MARKET_SQUARE_RADIUS = 200;
    /** Radius of the octagon drawn round the Town Centre in places.csv, metres. */
    static final double TOWN_CENTRE_RADIUS = 400;

    private GeographyFiles() {
    }

    /** {@code lookup.csv}: LSOA to ward to district, in the ONS lookup layout. */
    static String lookup(Northbrook town) {
        StringBuilder text = new StringBuilder("LSOA11CD,LSOA11NM,WD22CD,WD22NM,LAD22CD,LAD22NM\n");
        for (Lsoa lsoa : town.lsoas()) {
            text.append(String.join(",", lsoa.code(), lsoa.name(), lsoa.ward().code(), lsoa.ward().name(),
                    Northbrook.DISTRICT_CODE, Northbrook.DISTRICT_NAME)).append('\n');
        }
        return text.toString();
    }

    /** {@code places.csv}: named places as circles, a WKT polygon and an LSOA list. */
    static String places(Northbrook town) {
        StringBuilder text = new StringBuilder("name,kind,value\n");
        double[] market = centre(town, Northbrook.MARKET_SQUARE.name());
        text.append(circle("Market Square", market[0], market[1], MARKET_SQUARE_RADIUS));
        text.append("Town Centre,wkt,\"").append(octagon(0, 0, TOWN_CENTRE_RADIUS)).append("\"\n");
        text.append("Hillside Estate,lsoas,").append(String.join(" ", lsoasOf(town, "Hillside Estate"))).append('\n');
        for (Northbrook.Place place : List.of(Northbrook.RAILWAY_STATION, Northbrook.KINGSMEAD,
                Northbrook.RIVERSIDE_PARK)) {
            double[] c = centre(town, place.name());
            text.append(circle(place.name(), c[0], c[1], Math.max(150, place.radius() + 100)));
        }
        return text.toString();
    }

    /** Mean position of the snap points of a named place, metres. */
    static double[] centre(Northbrook town, String place) {
        double x = 0;
        double y = 0;
        int n = 0;
        for (SnapPoint p : town.points()) {
            if (p.place().equals(place)) {
                x += p.x();
                y += p.y();
                n++;
            }
        }
        return new double[] {x / n, y / n};
    }

    /** Codes of the LSOAs that hold at least one snap point of a named place, sorted. */
    static TreeSet<String> lsoasOf(Northbrook town, String place) {
        TreeSet<String> codes = new TreeSet<>();
        for (SnapPoint p : town.points()) {
            if (p.place().equals(place)) {
                codes.add(p.lsoa().code());
            }
        }
        return codes;
    }

    private static String circle(String name, double x, double y, double radius) {
        return String.format(Locale.ROOT, "%s,circle,%s %s %.0f\n", name, PoliceUkCsv.coordinate(Northbrook.lon(x)),
                PoliceUkCsv.coordinate(Northbrook.lat(y)), radius);
    }

    /** A WGS84 POLYGON with eight corners round a centre, closed. */
    static String octagon(double x, double y, double radius) {
        StringBuilder wkt = new StringBuilder("POLYGON ((");
        for (int k = 0; k <= 8; k++) {
            double a = Math.PI / 8 + (k % 8) * Math.PI / 4;
            if (k > 0) {
                wkt.append(", ");
            }
            wkt.append(PoliceUkCsv.coordinate(Northbrook.lon(x + radius * Math.cos(a)))).append(' ')
                    .append(PoliceUkCsv.coordinate(Northbrook.lat(y + radius * Math.sin(a))));
        }
        return wkt.append("))").toString();
    }
}
