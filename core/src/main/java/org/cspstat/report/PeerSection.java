package org.cspstat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cspstat.peer.Funnel;
import org.cspstat.peer.PeerFunnel;
import org.cspstat.peer.Position;
import org.cspstat.format.Column;
import org.cspstat.format.Table;

/**
 * Compared with whom: a district among its peers, and its wards among each other, on funnel
 * plots (rates against population, or LSOA count, with 95% and 99.8% limits), in words that say
 * "within the range expected", "above the range" or "below the range" instead of ranking units
 * by noise.
 */
public final class PeerSection {
    /** How many exposures the limit curves are computed at. */
    static final int GRID = 121;

    private PeerSection() {
    }

    /**
     * The section of a district's pack, or of the county overview.
     *
     * @param districts funnels of districts, one per issue (highlighting the pack's district, or none)
     * @param wards funnels of the district's wards, one per issue (empty without a lookup)
     * @param peers who the peers are, in words, such as {@code the 10 districts in the data}
     * @param source the source line
     * @return the section
     */
    public static ReportSection of(List<PeerFunnel> districts, List<PeerFunnel> wards, String peers, String source) {
        List<String> paragraphs = new ArrayList<>();
        List<String> points = new ArrayList<>();
        List<ChartData> charts = new ArrayList<>();
        List<ReportTable> tables = new ArrayList<>();
        String district = districts.isEmpty() ? "" : districts.get(0).highlighted();
        if (!districts.isEmpty()) {
            PeerFunnel first = districts.get(0);
            paragraphs.add(String.format(Locale.ROOT, "Rates %s over %s (%s), for %s. Each funnel plot shows every "
                    + "district's rate against its %s, around the peers' average rate, with the range a district "
                    + "of that size would show by chance alone: 95%% limits (dashed) and 99.8%% limits (solid). "
                    + "A district outside the 99.8%% limits differs from its peers by more than chance; one between "
                    + "the 95%% and 99.8%% limits may do. Districts inside the limits are within the range expected: "
                    + "their order among themselves is noise, so they are not ranked.", first.rateUnit(),
                    first.period().label(), months(first), peers, first.exposureNoun().equals("LSOAs")
                            ? "number of LSOAs" : "residents"));
            if (!first.perResident()) {
                paragraphs.add("No population file was given, so areas are compared per LSOA: LSOAs are built to "
                        + "hold 1,000 to 3,000 residents, so incidents per LSOA is a proxy for a rate per resident, "
                        + "not such a rate. Give a population file (ONS mid-year estimates) for rates per 1,000 "
                        + "residents.");
            }
            paragraphs.add(dispersionWords(districts));
            first.notes().forEach(n -> paragraphs.add("Note: " + n + "."));
            for (PeerFunnel f : districts) {
                points.add(district.isEmpty() ? overviewPoint(f) : districtPoint(f));
                charts.add(chart(f, "funnel-" + slug(f.issue()), source));
            }
            tables.add(table("peers", "Rates " + first.rateUnit() + " among peers, " + first.period().label(),
                    districts));
        }
        if (!wards.isEmpty()) {
            PeerFunnel first = wards.get(0);
            paragraphs.add(String.format(Locale.ROOT, "The wards of %s against each other, %s over %s, in the same way.",
                    district.isEmpty() ? "the district" : district, first.rateUnit(), first.period().label()));
            first.notes().forEach(n -> paragraphs.add("Note: " + n + "."));
            for (PeerFunnel f : wards) {
                List<String> outside = f.funnel().units().stream()
                        .filter(u -> f.funnel().position(u) != Position.WITHIN)
                        .map(u -> u.name() + " " + f.funnel().position(u).shortWords()).toList();
                points.add(f.issue() + " by ward: " + (outside.isEmpty() ? "every ward within the range expected"
                        : String.join("; ", outside) + "; the other wards within the range expected") + ".");
                charts.add(chart(f, "funnel-wards-" + slug(f.issue()), source));
            }
            tables.add(table("ward-peers", "Ward rates " + first.rateUnit() + ", " + first.period().label(), wards));
        }
        String heading = district.isEmpty() ? "Districts compared: rates against the range expected"
                : "Compared with whom: " + district + " among its peers";
        return new ReportSection("peers", heading, paragraphs, points, charts, tables);
    }

    private static String months(PeerFunnel f) {
        int n = f.period().months().size();
        return n == 12 ? "twelve months" : n + " months";
    }

    private static String dispersionWords(List<PeerFunnel> funnels) {
        List<String> widened = new ArrayList<>();
        for (PeerFunnel f : funnels) {
            Funnel fu = f.funnel();
            if (fu.dispersion() == Funnel.Dispersion.ADDITIVE) {
                widened.add(String.format(Locale.ROOT, "%s (φ = %.1f, τ = %s)", f.issue(), fu.phi(),
                        number(Math.sqrt(fu.tau2()) * f.scale())));
            } else if (fu.dispersion() == Funnel.Dispersion.MULTIPLICATIVE) {
                widened.add(String.format(Locale.ROOT, "%s (φ = %.1f)", f.issue(), fu.phi()));
            }
        }
        String base = "Limits are exact Poisson limits (Spiegelhalter, Statistics in Medicine 2005) unless areas "
                + "differ by more than chance alone, when they are widened for that over-dispersion "
                + "(z-scores winsorised at 10%; an additive between-area variance τ² by default).";
        return widened.isEmpty() ? base + " No plot needed widening."
                : base + " Widened for: " + String.join(", ", widened) + ".";
    }

    /**
     * @param f a funnel highlighting a district
     * @return one sentence saying where the district lies, such as
     *     {@code All crime: Stevenage 81.2 per 1,000 residents against the peers' 70.4; above the range expected ...}
     */
    public static String districtPoint(PeerFunnel f) {
        Funnel fu = f.funnel();
        Funnel.Unit u = fu.units().stream().filter(x -> x.name().equalsIgnoreCase(f.highlighted())).findFirst()
                .orElse(null);
        if (u == null) {
            return f.issue() + ": " + f.highlighted() + " is not among the units compared.";
        }
        return String.format(Locale.ROOT, "%s: %s %s %s against the peers' %s; %s.", f.issue(), u.name(),
                number(u.rate() * f.scale()), f.rateUnit(), number(fu.target() * f.scale()),
                fu.position(u).words());
    }

    /** @return one sentence on which districts lie outside the range expected */
    static String overviewPoint(PeerFunnel f) {
        Funnel fu = f.funnel();
        List<String> above = new ArrayList<>();
        List<String> below = new ArrayList<>();
        for (Funnel.Unit u : fu.units()) {
            Position p = fu.position(u);
            String s = u.name() + (p == Position.ABOVE_95 || p == Position.BELOW_95 ? " (95% limit only)" : "");
            if (p == Position.ABOVE_998 || p == Position.ABOVE_95) {
                above.add(s);
            } else if (p != Position.WITHIN) {
                below.add(s);
            }
        }
        StringBuilder s = new StringBuilder(f.issue()).append(" (average ").append(number(fu.target() * f.scale()))
                .append(' ').append(f.rateUnit()).append("): ");
        if (above.isEmpty() && below.isEmpty()) {
            return s.append("every district within the range expected.").toString();
        }
        if (!above.isEmpty()) {
            s.append("above the range: ").append(String.join(", ", above)).append("; ");
        }
        if (!below.isEmpty()) {
            s.append("below the range: ").append(String.join(", ", below)).append("; ");
        }
        int within = fu.units().size() - above.size() - below.size();
        return s.append(within).append(within == 1 ? " other district" : " other districts")
                .append(" within the range expected.").toString();
    }

    /**
     * The chart of one funnel.
     *
     * @param f the funnel
     * @param name the chart's file stem
     * @param source the source line
     * @return the chart data
     */
    public static FunnelChartData chart(PeerFunnel f, String name, String source) {
        Funnel fu = f.funnel();
        double max = fu.units().stream().mapToDouble(Funnel.Unit::exposure).max().orElse(1) * 1.08;
        double min = fu.units().stream().mapToDouble(Funnel.Unit::exposure).min().orElse(1);
        double from = Math.min(min * 0.5, max / 40);
        List<Double> grid = new ArrayList<>();
        List<Double> lo95 = new ArrayList<>();
        List<Double> hi95 = new ArrayList<>();
        List<Double> lo998 = new ArrayList<>();
        List<Double> hi998 = new ArrayList<>();
        for (int i = 0; i < GRID; i++) {
            double x = from + (max - from) * i / (GRID - 1);
            grid.add(x);
            lo95.add(fu.lower(x, Funnel.Level.P95) * f.scale());
            hi95.add(fu.upper(x, Funnel.Level.P95) * f.scale());
            lo998.add(fu.lower(x, Funnel.Level.P998) * f.scale());
            hi998.add(fu.upper(x, Funnel.Level.P998) * f.scale());
        }
        boolean few = fu.units().size() <= 20;
        List<FunnelChartData.Point> points = new ArrayList<>();
        for (Funnel.Unit u : fu.units()) {
            boolean mine = u.name().equalsIgnoreCase(f.highlighted());
            points.add(new FunnelChartData.Point(u.name(), u.exposure(), u.rate() * f.scale(), mine,
                    few || mine || fu.position(u) == Position.ABOVE_998 || fu.position(u) == Position.BELOW_998));
        }
        String note = switch (fu.dispersion()) {
            case ADDITIVE -> "limits widened for over-dispersion (additive, τ² from winsorised z-scores)";
            case MULTIPLICATIVE -> String.format(Locale.ROOT, "limits widened for over-dispersion (φ = %.2f)", fu.phi());
            case NONE -> "exact Poisson limits";
        };
        String units = f.unitNoun() + "s";
        String title = f.issue() + " " + f.rateUnit() + " by " + f.unitNoun() + ", " + f.period().label()
                + (f.highlighted().isEmpty() ? "" : ": " + f.highlighted() + " highlighted");
        String y = f.issue() + " " + f.rateUnit() + (f.perResident() ? "" : " (proxy for residents)");
        String x = f.perResident() ? "Residents" : "LSOAs (no population file)";
        String description = String.format(Locale.ROOT, "Funnel plot of %s %s in %d %s over %s against %s, around "
                + "the average of %s, with 95%% and 99.8%% limits.", f.issue(), f.rateUnit(), fu.units().size(), units,
                f.period().label(), f.exposureNoun(), number(fu.target() * f.scale()));
        return new FunnelChartData(name, title, x, y, grid, fu.target() * f.scale(), lo95, hi95, lo998, hi998,
                points, units, note, source, description);
    }

    private static ReportTable table(String name, String caption, List<PeerFunnel> funnels) {
        List<String> issue = new ArrayList<>();
        List<String> unit = new ArrayList<>();
        List<Long> incidents = new ArrayList<>();
        List<Long> exposure = new ArrayList<>();
        List<Double> rate = new ArrayList<>();
        List<Double> average = new ArrayList<>();
        List<Double> lo = new ArrayList<>();
        List<Double> hi = new ArrayList<>();
        List<Double> lo3 = new ArrayList<>();
        List<Double> hi3 = new ArrayList<>();
        List<String> position = new ArrayList<>();
        for (PeerFunnel f : funnels) {
            Funnel fu = f.funnel();
            for (Funnel.Unit u : fu.units()) {
                issue.add(f.issue());
                unit.add(u.name());
                incidents.add(u.observed());
                exposure.add(Math.round(u.exposure()));
                rate.add(round(u.rate() * f.scale()));
                average.add(round(fu.target() * f.scale()));
                lo.add(round(fu.lower(u.exposure(), Funnel.Level.P95) * f.scale()));
                hi.add(round(fu.upper(u.exposure(), Funnel.Level.P95) * f.scale()));
                lo3.add(round(fu.lower(u.exposure(), Funnel.Level.P998) * f.scale()));
                hi3.add(round(fu.upper(u.exposure(), Funnel.Level.P998) * f.scale()));
                position.add(fu.position(u).shortWords());
            }
        }
        Table data = Table.of(name, Column.text("Issue", issue),
                Column.text(funnels.get(0).unitNoun().equals("ward") ? "Ward" : "District", unit),
                Column.integers("Incidents", incidents),
                Column.integers(funnels.get(0).perResident() ? "Residents" : "LSOAs", exposure),
                Column.decimals("Rate " + funnels.get(0).rateUnit(), rate), Column.decimals("Peer average", average),
                Column.decimals("95% lower", lo), Column.decimals("95% upper", hi), Column.decimals("99.8% lower", lo3),
                Column.decimals("99.8% upper", hi3), Column.text("Position", position));
        List<Column> shown = new ArrayList<>();
        for (Column c : data.columns()) {
            List<String> cells = new ArrayList<>(c.size());
            for (int i = 0; i < c.size(); i++) {
                cells.add(switch (c.kind()) {
                    case DECIMAL -> number(c.number(i));
                    case INTEGER -> String.format(Locale.ROOT, "%,d", (Long) c.value(i));
                    default -> c.text(i);
                });
            }
            shown.add(Column.text(c.name(), cells));
        }
        Table display = new Table(name, shown);
        return new ReportTable(name, caption, display, data);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** A rate for reading: three significant figures, thousands separated. */
    static String number(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /**
     * @param text an issue name
     * @return a file-stem form: lower case, runs of other characters as one hyphen
     */
    public static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "issue" : s;
    }
}
