package org.cspstat.tools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The fixed, invented geography of Northbrook: 45 LSOAs, 6 wards, 8 named places and a few
 * hundred snap points. It is built from its own constant seed, so every data set made with any
 * seed shares the same places. Coordinates are metres from the town centre, which is put at
 * lon -0.95, lat 52.60 (farmland in east Leicestershire; the town is fictional).
 */
final class Northbrook {

    /** Longitude of the town centre. */
    static final double LON0 = -0.95;
    /** Latitude of the town centre. */
    static final double LAT0 = 52.60;
    private static final double METRES_PER_DEGREE_LAT = 111_200.0;
    private static final double METRES_PER_DEGREE_LON = 111_320.0 * Math.cos(Math.toRadians(LAT0));
    private static final long GEOGRAPHY_SEED = 0x4E6F72746862726FL;

    static final String DISTRICT_CODE = "E07900001";
    static final String DISTRICT_NAME = "Northbrook";

    /** A named place: centre, spread of its points, kind and the street names of its points. */
    record Place(String name, double x, double y, double radius, Kind kind, List<String> streets) {
    }

    static final Place TOWN_CENTRE = new Place("Town Centre", 0, 0, 230, Kind.CENTRE, List.of(
            "Town Square", "High Street", "Queensway", "The Forum", "Shopping Area", "Bus/Coach Station",
            "Nightclub", "Westgate", "Eastgate", "Church Walk", "Park Place", "Theatre", "Town Centre", "Cinema"));
    static final Place MARKET_SQUARE = new Place("Market Square", 950, 800, 110, Kind.RESIDENTIAL, List.of(
            "Market Square", "Market Street", "Market Square", "Corn Exchange Yard", "Butter Cross"));
    static final Place RAILWAY_STATION = new Place("Railway Station", -750, 450, 60, Kind.TRANSPORT, List.of(
            "Railway Station", "Station Approach", "Parking Area"));
    static final Place HILLSIDE_ESTATE = new Place("Hillside Estate", -1500, -1300, 380, Kind.RESIDENTIAL, List.of(
            "Hillside", "Hillside Parade", "Shops, Hillside Parade", "Potter'S Road", "Kiln Close", "Clay Lane",
            "Tilers Way", "Brickfield Road", "Furnace Close", "Hillside Gardens", "Mason'S Walk", "Quarry Rise"));
    static final Place KINGSMEAD = new Place("Kingsmead Retail Park", 1850, -950, 120, Kind.RETAIL, List.of(
            "Kingsmead Retail Park", "Supermarket", "Shopping Area", "Parking Area", "Petrol Station"));
    static final Place RIVERSIDE_PARK = new Place("Riverside Park", -250, -1750, 200, Kind.PARK, List.of(
            "Riverside Park", "Sports/Recreation Area", "Pedestrian Subway", "Riverside Walk"));
    static final Place ABBEY_FIELDS = new Place("Abbey Fields", 1450, 1950, 350, Kind.RESIDENTIAL, List.of(
            "Abbey Fields", "Abbey Road", "Cloister Way", "Prior'S Close", "Chapter Drive", "Monks Walk",
            "Friary Lane", "Nave Court", "Refectory Gardens", "Abbot'S Mews"));
    static final Place HOSPITAL = new Place("Northbrook Hospital", -1900, 1400, 50, Kind.HOSPITAL, List.of(
            "Hospital", "Northbrook Hospital"));

    static final List<Place> PLACES = List.of(TOWN_CENTRE, MARKET_SQUARE, RAILWAY_STATION, HILLSIDE_ESTATE,
            KINGSMEAD, RIVERSIDE_PARK, ABBEY_FIELDS, HOSPITAL);

    static final List<Ward> WARDS = List.of(
            new Ward("E05900001", "Northbrook Central", "Northbrook Central"),
            new Ward("E05900002", "Abbey Fields", "Abbey Fields"),
            new Ward("E05900003", "St Anne's", "St Anne\u2019s"),
            new Ward("E05900004", "Westbrook", "Westbrook"),
            new Ward("E05900005", "Hillside", "Hillside"),
            new Ward("E05900006", "Kingsmead", "Kingsmead"));

    private static final String[] FIRST = {"Elm", "Oak", "Ash", "Beech", "Willow", "Hazel", "Rowan", "Chestnut",
        "Maple", "Birch", "Larch", "Holly", "Cedar", "Alder", "Poplar", "Juniper", "Linden", "Hawthorn", "Bramble",
        "Heather", "Meadow", "Orchard", "Mill", "Church", "Chapel", "School", "Brook", "Bridge", "Manor", "Grange",
        "Priory", "Farm", "Forge", "Tannery", "Wharf", "Lock", "Weir", "Fox", "Badger", "Kestrel", "Swallow", "Lark",
        "Wren", "Plover", "Thistle", "Foxglove", "Primrose", "Bluebell"};
    private static final String[] SUFFIX = {"Road", "Close", "Way", "Lane", "Avenue", "Crescent", "Drive",
        "Gardens", "Walk", "Street", "Grove", "Court", "Rise", "Place", "View", "Mews"};
    private static final String[] APOSTROPHE_STREETS = {"St Anne'S Close", "King'S Walk", "Bishop'S Lane",
        "Miller'S Way", "Shepherd'S Rise"};
    private static final String[][] GENERIC = {{"Parking Area", "PARKING", "6"}, {"Supermarket", "RETAIL", "5"},
        {"Petrol Station", "RETAIL", "4"}, {"Pedestrian Subway", "PARK", "5"}, {"Sports/Recreation Area", "PARK", "4"}};

    private final List<Lsoa> lsoas;
    private final List<SnapPoint> points;

    private Northbrook(List<Lsoa> lsoas, List<SnapPoint> points) {
        this.lsoas = List.copyOf(lsoas);
        this.points = List.copyOf(points);
    }

    /** Builds the geography; the result is the same on every call. */
    static Northbrook build() {
        SplittableRandom rng = new SplittableRandom(GEOGRAPHY_SEED);
        List<double[]> centroids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                boolean corner = (i == 0 || i == 6) && (j == 0 || j == 6);
                if (!corner) {
                    centroids.add(new double[] {(j - 3) * 800 + jitter(rng, 150), (3 - i) * 800 + jitter(rng, 150)});
                }
            }
        }
        List<Lsoa> lsoas = new ArrayList<>();
        for (int k = 0; k < centroids.size(); k++) {
            double[] c = centroids.get(k);
            String name = String.format(Locale.ROOT, "Northbrook %03d%c", k / 5 + 1, (char) ('A' + k % 5));
            String code = String.format(Locale.ROOT, "E019%05d", k + 1);
            lsoas.add(new Lsoa(code, name, c[0], c[1], wardOf(c[0], c[1])));
        }
        List<SnapPoint> points = new ArrayList<>();
        List<String> names = streetNames(rng);
        int nextName = 0;
        for (Place place : PLACES) {
            for (String street : place.streets()) {
                double r = place.radius() * Math.sqrt(rng.nextDouble());
                double a = 2 * Math.PI * rng.nextDouble();
                double x = place.x() + r * Math.cos(a);
                double y = place.y() + r * Math.sin(a);
                double weight = place == MARKET_SQUARE ? 1.0 : Math.exp(0.4 * Sampling.gaussian(rng));
                points.add(new SnapPoint(x, y, street, place.kind(), place.name(), weight, nearest(lsoas, x, y)));
            }
        }
        for (String[] generic : GENERIC) {
            for (int n = 0; n < Integer.parseInt(generic[2]); n++) {
                double[] xy = somewhereInTown(rng);
                points.add(new SnapPoint(xy[0], xy[1], generic[0], Kind.valueOf(generic[1]), "",
                        Math.exp(0.4 * Sampling.gaussian(rng)), nearest(lsoas, xy[0], xy[1])));
            }
        }
        for (Lsoa lsoa : lsoas) {
            double x = lsoa.x() + jitter(rng, 120);
            double y = lsoa.y() + jitter(rng, 120);
            points.add(residential(rng, names.get(nextName++), x, y, lsoas));
        }
        for (int n = 0; n < 260; n++) {
            double[] xy = somewhereInTown(rng);
            String street = n % 52 == 7 ? APOSTROPHE_STREETS[n / 52] : names.get(nextName++ % names.size());
            points.add(residential(rng, street, xy[0], xy[1], lsoas));
        }
        return new Northbrook(lsoas, points);
    }

    private static SnapPoint residential(SplittableRandom rng, String street, double x, double y, List<Lsoa> lsoas) {
        double weight = Math.exp(0.6 * Sampling.gaussian(rng) - 0.18);
        return new SnapPoint(x, y, street, Kind.RESIDENTIAL, "", weight, nearest(lsoas, x, y));
    }

    private static double[] somewhereInTown(SplittableRandom rng) {
        while (true) {
            double x = (rng.nextDouble() * 2 - 1) * 2900;
            double y = (rng.nextDouble() * 2 - 1) * 2900;
            if (Math.hypot(x, y) < 3000 && Math.hypot(x - MARKET_SQUARE.x(), y - MARKET_SQUARE.y()) > 300
                    && Math.hypot(x, y) > 300) {
                return new double[] {x, y};
            }
        }
    }

    private static List<String> streetNames(SplittableRandom rng) {
        List<String> all = new ArrayList<>();
        for (String first : FIRST) {
            for (String suffix : SUFFIX) {
                all.add(first + " " + suffix);
            }
        }
        for (int i = all.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            String t = all.get(i);
            all.set(i, all.get(j));
            all.set(j, t);
        }
        return all.subList(0, 230);
    }

    private static double jitter(SplittableRandom rng, double size) {
        return (rng.nextDouble() * 2 - 1) * size;
    }

    /** Central ward within 1,250 m of the centre, then five 72-degree sectors anticlockwise from east. */
    private static Ward wardOf(double x, double y) {
        if (Math.hypot(x, y) < 1250) {
            return WARDS.get(0);
        }
        double degrees = Math.toDegrees(Math.atan2(y, x));
        int sector = (int) Math.floor(((degrees + 360 + 18) % 360) / 72);
        return WARDS.get(1 + sector);
    }

    private static Lsoa nearest(List<Lsoa> lsoas, double x, double y) {
        return lsoas.stream().min(Comparator.comparingDouble(l -> Math.hypot(l.x() - x, l.y() - y))).orElseThrow();
    }

    /** Longitude of a point {@code x} metres east of the centre. */
    static double lon(double x) {
        return LON0 + x / METRES_PER_DEGREE_LON;
    }

    /** Latitude of a point {@code y} metres north of the centre. */
    static double lat(double y) {
        return LAT0 + y / METRES_PER_DEGREE_LAT;
    }

    /** The LSOAs, in code order. */
    List<Lsoa> lsoas() {
        return lsoas;
    }

    /** The snap points. */
    List<SnapPoint> points() {
        return points;
    }
}
