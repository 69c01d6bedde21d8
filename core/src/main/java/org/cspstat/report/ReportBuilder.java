package org.cspstat.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.cspstat.compare.AreaLevel;
import org.cspstat.compare.Comparison;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.compare.Grouping;
import org.cspstat.io.DataException;
import org.cspstat.io.Dataset;
import org.cspstat.period.Period;

/**
 * Assembles a Strategic Assessment evidence pack from loaded data: headline changes, the
 * comparison by category, monthly trends, the busiest areas, data quality and the method.
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
     * Builds the pack.
     *
     * @return the pack
     * @throws DataException when the data have no months, or a period includes months without
     *     data and gaps are not allowed
     */
    public ReportPack build() {
        Period now = current != null ? current : Comparison.latestYearToDate(data.counts());
        Period before = previous != null ? previous : now.minusYears(1);
        ComparisonResult byCategory = comparison(now, before).run();
        ComparisonResult byArea = comparison(now, before).by(Grouping.AREA)
                .areaLevel(data.areaLookup().isPresent() ? AreaLevel.WARD : AreaLevel.LSOA).run();
        List<ReportSection> sections = new ArrayList<>();
        sections.add(ChangeSection.of(byCategory));
        sections.add(TrendSection.of(data.counts(), byCategory));
        sections.add(AreaSection.of(byArea));
        sections.add(QualitySection.of(data.quality(), data.source(), data.area()));
        sections.add(MethodSection.of(byCategory));
        List<String> headlines = new ArrayList<>(ChangeSection.headlines(byCategory));
        byCategory.rows().stream().map(r -> r.warning()).filter(w -> !w.isEmpty()).findFirst()
                .ifPresent(w -> headlines.add(0, "Warning: " + w + "."));
        return new ReportPack("Strategic Assessment evidence pack: " + byCategory.title(), data.area(),
                data.source(), now, before, headlines, sections);
    }

    private Comparison comparison(Period now, Period before) {
        return Comparison.of(data).current(now).previous(before).allowGaps(allowGaps);
    }
}
