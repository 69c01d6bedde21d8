package org.cspstat.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.cspstat.compare.AreaLevel;
import org.cspstat.compare.CategoryGroups;
import org.cspstat.compare.Comparison;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.compare.Grouping;
import org.cspstat.error.DataException;
import org.cspstat.io.Dataset;
import org.cspstat.hotspot.HotspotAnalysis;
import org.cspstat.hotspot.HotspotReport;
import org.cspstat.period.Period;
import org.cspstat.risk.RiskAssessment;
import org.cspstat.risk.RiskConfig;

/**
 * Assembles a Strategic Assessment evidence pack from loaded data: headline changes, the
 * comparison by category, ranked priorities on the risk matrix, monthly trends, the busiest
 * areas, hotspots and concentration, data quality and the method.
 *
 * <pre>{@code
 * ReportPack pack = ReportBuilder.of(dataset).build();          // latest year to date
 * String page = HtmlReport.render(pack, name -> "charts/" + name + ".png");
 * }</pre>
 */
public final class ReportBuilder {
    private final Dataset data;
    private Period current;
    private Period previous;
    private boolean allowGaps;
    private RiskConfig risk = RiskConfig.bundled();
    private List<String> trends = List.of();
    private String title;
    private double cellSize = Double.NaN;
    private org.cspstat.geo.NamedPlaces places;
    private CategoryGroups groups;
    private org.cspstat.compare.Population population;
    private final List<ReportSection> appendix = new ArrayList<>();
    private Evidence evidence = Evidence.NONE;
    private org.cspstat.geo.Boundary boundary;
    private org.cspstat.geo.PolygonIndex mapAreas;
    private int suppress;

    private ReportBuilder(Dataset data) {
        this.data = requireNonNull(data, "data must not be null");
    }

    /**
     * Starts a pack for loaded data.
     *
     * @param data the data
     * @return a builder
     */
    public static ReportBuilder of(Dataset data) {
        return new ReportBuilder(data);
    }

    /**
     * @param period the current period; default the latest financial year to date in the data
     *     ({@link Comparison#latestYearToDate})
     * @return this builder
     */
    public ReportBuilder current(Period period) {
        this.current = period;
        return this;
    }

    /**
     * @param period the previous period; default the current period's months a year earlier
     * @return this builder
     */
    public ReportBuilder previous(Period period) {
        this.previous = period;
        return this;
    }

    /**
     * @param allow true to compare periods that include months without data, with a warning
     * @return this builder
     */
    public ReportBuilder allowGaps(boolean allow) {
        this.allowGaps = allow;
        return this;
    }

    /**
     * @param names the categories or groups to draw monthly trends for; default (empty) the
     *     totals, then significant changes, then the largest categories, at most eight
     * @return this builder
     */
    public ReportBuilder trends(List<String> names) {
        this.trends = List.copyOf(names);
        return this;
    }

    /**
     * @param title the partnership's name, which begins the pack's title; default none
     * @return this builder
     */
    public ReportBuilder title(String title) {
        // control characters (an ESC, a newline) would reach the page, the Word paper and terminals raw
        String plain = title == null ? null : title.replaceAll("\\p{Cntrl}+", " ").strip();
        this.title = plain == null || plain.isEmpty() ? null : plain;
        return this;
    }

    /**
     * @param metres the hotspot grid's cell side; default the hotspot analysis's own
     * @return this builder
     */
    public ReportBuilder cellSize(double metres) {
        this.cellSize = metres;
        return this;
    }

    /**
     * @param places named places (town centre, estates) ranked in the hotspot section; default none
     * @return this builder
     */
    public ReportBuilder places(org.cspstat.geo.NamedPlaces places) {
        this.places = places;
        return this;
    }

    /**
     * @param groups the partnership's category groups; default the built-in ones
     * @return this builder
     */
    public ReportBuilder groups(CategoryGroups groups) {
        this.groups = groups;
        return this;
    }

    /**
     * @param population residents by area: the table by area then shows rates per 1,000
     *     residents a year; default none
     * @return this builder
     */
    public ReportBuilder population(org.cspstat.compare.Population population) {
        this.population = population;
        return this;
    }

    /**
     * Adds a section after the method, such as the provenance the caller knows (its version,
     * command line and input files).
     *
     * @param section the section
     * @return this builder
     */
    public ReportBuilder appendix(ReportSection section) {
        appendix.add(requireNonNull(section, "section must not be null"));
        return this;
    }

    /**
     * @param evidence evidence beyond the counts (outcomes...), for the sections it adds
     * @return this builder
     */
    public ReportBuilder evidence(Evidence evidence) {
        this.evidence = requireNonNull(evidence, "evidence must not be null");
        return this;
    }

    /**
     * @param config the risk matrix, settings and district overrides; default the bundled,
     *     illustrative matrix ({@link RiskConfig#bundled()})
     * @return this builder
     */
    public ReportBuilder risk(RiskConfig config) {
        this.risk = requireNonNull(config, "config must not be null");
        return this;
    }

    /**
     * @param area the study area's outline for the hot-spot grid and map, or null for the default
     *     rule (cells holding a map point of the data)
     * @return this builder
     */
    public ReportBuilder boundary(org.cspstat.geo.Boundary area) {
        this.boundary = area;
        return this;
    }

    /**
     * @param areas named areas (wards, LSOAs) drawn with their names under the hot-spot map, and
     *     naming the hot cells that lie in them; or null for none
     * @return this builder
     */
    public ReportBuilder mapAreas(org.cspstat.geo.PolygonIndex areas) {
        this.mapAreas = areas;
        return this;
    }

    /**
     * @param threshold N for disclosure control: counts from 1 to N−1 at area and location level
     *     are shown as {@code <N} ({@link Disclosure}); 0 (the default) suppresses nothing
     * @return this builder
     * @throws IllegalArgumentException when the threshold is negative
     */
    public ReportBuilder suppress(int threshold) {
        if (threshold < 0) {
            throw new IllegalArgumentException("the suppression threshold must not be negative");
        }
        this.suppress = threshold;
        return this;
    }

    /**
     * Builds the pack. The hotspot section needs the data loaded with positions
     * ({@code LoadOptions.positions(true)}); without them the pack has no map.
     *
     * @return the pack
     * @throws DataException when the data have no months, or a period includes months without
     *     data and gaps are not allowed
     * @throws IllegalArgumentException when a trend's category name is unknown
     */
    public ReportPack build() {
        Period now = current != null ? current : Comparison.latestYearToDate(data.counts());
        Period before = previous != null ? previous : now.minusYears(1);
        AreaLevel level = data.areaLookup().isPresent() ? AreaLevel.WARD : AreaLevel.LSOA;
        // the grid analysis is the slowest part: run it alongside the rest
        String[] noMap = new String[1];
        CompletableFuture<HotspotReport> mapping = CompletableFuture.supplyAsync(() -> hotspots(now, before, level, noMap));
        ComparisonResult byCategory = comparison(now, before).run();
        HotspotReport hotspots = join(mapping);
        ComparisonResult byArea = hotspots != null && population == null ? hotspots.ranking()
                : comparison(now, before).by(Grouping.AREA).areaLevel(level).population(population)
                        .issues(List.of(CategoryGroups.ALL_CRIME)).run();
        List<ReportSection> sections = new ArrayList<>();
        sections.add(ChangeSection.of(byCategory));
        sections.add(PrioritySection.of(RiskAssessment.rank(risk, byCategory), risk, byCategory));
        sections.add(TrendSection.of(data.counts(), byCategory, trends));
        RollingSection.of(data.counts(), now.to(), data.source()).ifPresent(sections::add);
        sections.add(AreaSection.of(byArea));
        sections.addAll(EvidenceSections.of(data, byCategory, evidence));
        if (hotspots != null) {
            long allCrime = byCategory.rows().stream().filter(x -> x.category().equals(CategoryGroups.ALL_CRIME))
                    .mapToLong(x -> x.current()).findFirst().orElse(hotspots.total());
            sections.add(HotspotSection.of(hotspots, data.source(), AreaSection.noun(level), allCrime,
                    new HotspotSection.Naming(mapAreas, places, data.areaLookup().orElse(null))));
        } else if (noMap[0] != null) {
            // said, never silently dropped: the period has no incident with coordinates to map
            sections.add(new ReportSection("hotspots", "Hotspots", List.of("No hotspot map: " + noMap[0] + "."),
                    List.of(), List.of(), List.of()));
        }
        sections.add(CaveatSection.of(now, before));
        sections.add(QualitySection.of(data.quality(), data.source(), data.area()));
        sections.add(MethodSection.of(byCategory));
        sections.addAll(appendix);
        List<String> headlines = new ArrayList<>(ChangeSection.headlines(byCategory));
        if (!CaveatSection.touching(now, before).isEmpty()) {
            headlines.add("Known events (such as COVID-19 restrictions) fall in the periods compared: see "
                    + "'What this data can and cannot show'.");
        }
        // what a reader must know before any claim: short periods, gaps, the months compared
        headlines.addAll(0, byCategory.notes());
        return Disclosure.suppress(new ReportPack((title != null ? title + ": " : "")
                + "Strategic Assessment evidence pack, " + byCategory.title(), data.area(),
                data.source(), now, before, headlines, sections), suppress);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * The hotspot analysis of All crime, or null when the data were loaded without positions, or
     * when the period has no incident with coordinates (then {@code why[0]} says so). Any other
     * failure propagates.
     */
    private HotspotReport hotspots(Period now, Period before, AreaLevel level, String[] why) {
        if (!data.counts().hasPositions()) {
            return null;
        }
        try {
            HotspotAnalysis a = HotspotAnalysis.of(data).issue(CategoryGroups.ALL_CRIME).current(now).previous(before)
                    .areaLevel(level).allowGaps(allowGaps).places(places).boundary(boundary);
            if (groups != null) {
                a.groups(groups);
            }
            if (Double.isFinite(cellSize)) {
                a.cellSize(cellSize);
            }
            return a.run();
        } catch (DataException e) {
            if (!e.reason().startsWith(HotspotAnalysis.NO_COORDINATES)) {
                throw e;
            }
            why[0] = e.getMessage();
            return null;
        }
    }

    private Comparison comparison(Period now, Period before) {
        Comparison c = Comparison.of(data).current(now).previous(before).allowGaps(allowGaps);
        return groups != null ? c.groups(groups) : c;
    }
}
