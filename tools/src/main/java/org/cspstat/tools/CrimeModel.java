package org.cspstat.tools;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The volumes, seasonality, trends, planted changes and spatial preferences of Northbrook's
 * crime and ASB. Every number that {@code sample-data/README.md} documents is written here.
 */
final class CrimeModel {

    /** First month of the data set (start of financial year 2022/23). */
    static final YearMonth FIRST = YearMonth.of(2022, 4);
    /** Last month of the data set (end of Q3 of 2025/26). */
    static final YearMonth LAST = YearMonth.of(2025, 12);
    /** The month with no file at all: a gap, not a zero. */
    static final YearMonth GAP = YearMonth.of(2023, 2);
    /** First month of the emerging Market Square hotspot. */
    static final YearMonth HOTSPOT_START = YearMonth.of(2025, 1);

    static final String ASB = "Anti-social behaviour";

    /** Growth of the Town Centre's weights from January 2025 (see {@link #townCentre}). */
    private static final double TOWN_CENTRE_LIFT = 0.30;

    static final List<String> OUTCOMES = List.of("Unable to prosecute suspect",
            "Investigation complete; no suspect identified", "Under investigation", "Status update unavailable",
            "Awaiting court outcome", "Court result unavailable", "Local resolution", "Offender given a caution",
            "Action to be taken by another organisation", "Formal action is not in the public interest",
            "Further investigation is not in the public interest", "Offender given penalty notice");

    private static final double[] VIOLENT = {50, 18, 6, 6, 8, 4, 3, 2, 1.5, 0.5, 0.5, 0};
    private static final double[] PROPERTY = {8, 75, 4, 5, 2, 1, 2, 0.5, 0.5, 0.3, 0.5, 0};
    private static final double[] SHOP = {25, 35, 4, 4, 15, 5, 6, 4, 0.5, 1, 0.5, 0};
    private static final double[] POSSESSION = {15, 5, 8, 5, 20, 8, 25, 10, 1, 2, 1, 3};
    private static final double[] OTHER = {40, 25, 8, 6, 8, 4, 3, 2, 2, 1, 1, 0};
    private static final double[] NONE = new double[OUTCOMES.size()];

    private static final double[] FLAT = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    private static final double[] SUMMER = {0.78, 0.80, 0.92, 1.02, 1.10, 1.22, 1.25, 1.18, 1.02, 1.04, 0.90, 0.77};
    private static final double[] NIGHT_TIME = {0.92, 0.88, 0.97, 0.98, 1.04, 1.08, 1.10, 1.05, 1.00, 1.00, 0.96, 1.02};
    private static final double[] DARK_EVENINGS = {1.15, 1.00, 0.95, 0.90, 0.88, 0.85, 0.88, 0.90, 0.95, 1.10, 1.20,
        1.24};
    private static final double[] CHRISTMAS = {0.95, 0.92, 1.00, 0.98, 1.00, 0.97, 1.00, 1.00, 0.98, 1.02, 1.05, 1.13};
    private static final double[] WINTER = {1.05, 0.95, 0.95, 0.95, 0.97, 0.97, 1.00, 1.00, 1.00, 1.05, 1.08, 1.03};
    private static final double[] MILD_SUMMER = {0.90, 0.88, 0.97, 1.00, 1.05, 1.08, 1.08, 1.05, 1.00, 1.08, 1.02,
        0.89};

    /**
     * One police.uk crime type.
     *
     * @param name       the police.uk name
     * @param perMonth   mean rows a month in 2022/23, before seasonality
     * @param seasonal   multipliers for January to December, mean 1
     * @param byYear     multipliers for 2022/23, 2023/24, 2024/25 and 2025/26
     * @param byKind     preference for each {@link Kind}, in declaration order
     * @param noLocation probability that a row is published without a location
     * @param outcomes   weights of {@link #OUTCOMES}; all zero for ASB
     */
    record Category(String name, double perMonth, double[] seasonal, double[] byYear, double[] byKind,
                    double noLocation, double[] outcomes) {
    }

    //                         RES  CENTRE RETAIL TRANSPORT PARK PARKING HOSPITAL
    static final List<Category> CATEGORIES = List.of(
            new Category(ASB, 190, SUMMER, new double[] {1.00, 0.96, 0.93, 0.93 * 1.04},
                    new double[] {1, 6, 3, 3, 4, 2, 1}, 0, NONE),
            new Category("Violence and sexual offences", 285, NIGHT_TIME, new double[] {1.00, 1.02, 1.01, 1.01},
                    new double[] {1, 8, 2, 3, 1.5, 1, 4}, 0.006, VIOLENT),
            new Category("Criminal damage and arson", 62, MILD_SUMMER, new double[] {1.00, 0.97, 0.95, 0.95},
                    new double[] {1, 3, 1.5, 2, 2, 2, 1}, 0.004, PROPERTY),
            new Category("Vehicle crime", 58, WINTER, new double[] {1.00, 1.05, 1.05, 1.05 * 0.80},
                    new double[] {1, 2, 1, 3, 0.5, 8, 2}, 0.004, PROPERTY),
            new Category("Public order", 58, NIGHT_TIME, new double[] {1.00, 0.95, 0.92, 0.92},
                    new double[] {1, 8, 2, 3, 1.5, 1, 2}, 0.004, VIOLENT),
            new Category("Shoplifting", 50, CHRISTMAS, new double[] {1.00, 1.12, 1.25, 1.25 * 1.40},
                    new double[] {0, 20, 25, 2, 0, 0, 0.5}, 0.003, SHOP),
            new Category("Other theft", 50, FLAT, new double[] {1.00, 1.00, 0.98, 0.98},
                    new double[] {1, 8, 5, 4, 1.5, 2, 4}, 0.006, PROPERTY),
            new Category("Drugs", 25, FLAT, new double[] {1.00, 1.06, 1.10, 1.10},
                    new double[] {1, 5, 1, 3, 4, 2, 0.5}, 0.004, POSSESSION),
            new Category("Burglary", 24, DARK_EVENINGS, new double[] {1.00, 0.95, 0.92, 0.92},
                    new double[] {1, 0.5, 0.5, 0.2, 0, 0.2, 0.5}, 0.004, PROPERTY),
            new Category("Other crime", 14, FLAT, new double[] {1.00, 1.00, 1.00, 1.00},
                    new double[] {1, 3, 1, 1, 1, 1, 1}, 0.03, OTHER),
            new Category("Theft from the person", 8, CHRISTMAS, new double[] {1.00, 1.10, 1.15, 1.15},
                    new double[] {0.2, 15, 6, 6, 1, 0.5, 2}, 0.01, PROPERTY),
            new Category("Possession of weapons", 7, FLAT, new double[] {1.00, 1.05, 1.05, 1.05},
                    new double[] {1, 5, 1, 2, 2, 1, 0.5}, 0.004, POSSESSION),
            new Category("Bicycle theft", 7, SUMMER, new double[] {1.00, 0.95, 0.90, 0.90},
                    new double[] {1, 5, 3, 6, 2, 2, 2}, 0.004, PROPERTY),
            new Category("Robbery", 9, WINTER, new double[] {1.00, 1.05, 1.10, 1.10 * 0.65},
                    new double[] {1, 8, 3, 4, 2, 1, 0.5}, 0.004, VIOLENT));

    private CrimeModel() {
    }

    /** Index of the financial year of {@code month}: 0 for 2022/23 up to 3 for 2025/26. */
    static int yearIndex(YearMonth month) {
        int startYear = month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
        return startYear - FIRST.getYear();
    }

    /** Expected rows of {@code category} in {@code month}: volume, seasonality, days in the month, trend. */
    static double mean(Category category, YearMonth month) {
        double days = month.lengthOfMonth() / 30.4375;
        return category.perMonth() * category.seasonal()[month.getMonthValue() - 1] * days
                * category.byYear()[yearIndex(month)];
    }

    /** How strongly {@code category} in {@code month} is drawn to a snap point. */
    static double weight(Category category, SnapPoint point, YearMonth month) {
        double w = point.weight() * category.byKind()[point.kind().ordinal()];
        if (point.place().equals(Northbrook.HILLSIDE_ESTATE.name()) && estateCrime(category.name())) {
            w *= 1.8;
        }
        if (point.place().equals(Northbrook.MARKET_SQUARE.name())) {
            w *= marketSquare(category.name(), month);
        }
        if (point.place().equals(Northbrook.TOWN_CENTRE.name())) {
            w *= townCentre(month);
        }
        return w;
    }

    private static boolean estateCrime(String name) {
        return name.equals(ASB) || name.equals("Criminal damage and arson") || name.equals("Drugs")
                || name.equals("Burglary") || name.equals("Violence and sexual offences");
    }

    /**
     * The emerging hotspot: Market Square is at background level until December 2024, then its
     * ASB, violence and public order rise over three months and stay high.
     */
    static double marketSquare(String category, YearMonth month) {
        if (month.isBefore(HOTSPOT_START)) {
            return 1.0;
        }
        int since = (int) HOTSPOT_START.until(month, ChronoUnit.MONTHS);
        double ramp = Math.min(1.0, (since + 1) / 3.0);
        if (category.equals(ASB)) {
            return 1 + 12 * ramp;
        }
        if (category.equals("Violence and sexual offences") || category.equals("Public order")) {
            return 1 + 15 * ramp;
        }
        if (category.equals("Drugs")) {
            return 1 + 4 * ramp;
        }
        return 1.0;
    }

    /**
     * The persistent hotspot: the Town Centre keeps its share, except that from January 2025 it
     * grows by the amount that keeps its Gi* z-scores level once Market Square raises the
     * district's variance (without it the Town Centre would drift into "diminishing").
     */
    static double townCentre(YearMonth month) {
        if (month.isBefore(HOTSPOT_START)) {
            return 1.0;
        }
        int since = (int) HOTSPOT_START.until(month, ChronoUnit.MONTHS);
        return 1 + TOWN_CENTRE_LIFT * Math.min(1.0, (since + 1) / 3.0);
    }


    /** Probability that a crime from {@code month} is still "Under investigation" when published. */
    static double stillOpen(YearMonth month) {
        long age = month.until(LAST, ChronoUnit.MONTHS);
        return 0.45 * Math.exp(-age / 2.0);
    }
}
