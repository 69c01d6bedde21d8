package org.cspstat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cspstat.io.Dataset;
import org.cspstat.peer.District;
import org.cspstat.peer.Districts;
import org.cspstat.peer.PeerFunnel;
import org.cspstat.period.Period;
import org.cspstat.format.Column;
import org.cspstat.format.Table;

/**
 * The county overview of a run over every district: the districts in the data with their LSOAs
 * and rows, each district's rates on funnel plots against the others, and the account of the
 * rows read.
 */
public final class CountyOverview {
    private CountyOverview() {
    }

    /**
     * Builds the overview pack.
     *
     * @param county the data of every district
     * @param districts the districts of the data
     * @param packs the districts a pack was written for, with the folder of each (same order)
     * @param folders the folder of each pack, relative to the overview
     * @param funnels funnels of every district, one per issue, none highlighted
     * @param current the packs' current period
     * @param previous the packs' previous period
     * @return the pack
     */
    public static ReportPack of(Dataset county, Districts districts, List<District> packs, List<String> folders,
            List<PeerFunnel> funnels, Period current, Period previous) {
        List<ReportSection> sections = new ArrayList<>();
        sections.add(districtSection(districts, packs, folders));
        sections.add(PeerSection.of(funnels, List.of(), "the " + districts.all().size() + " districts in the data",
                county.source()));
        sections.add(QualitySection.of(county.quality(), county.source(), "every district in the data"));
        List<String> headlines = new ArrayList<>();
        headlines.add(String.format(Locale.ROOT, "%d districts in the data; a pack for each of %d.",
                districts.all().size(), packs.size()));
        funnels.stream().limit(2).forEach(f -> headlines.add(PeerSection.overviewPoint(f)));
        return new ReportPack("County overview: " + districts.all().size() + " districts", "every district in the data",
                county.source(), current, previous, headlines, sections);
    }

    private static ReportSection districtSection(Districts districts, List<District> packs, List<String> folders) {
        List<String> name = new ArrayList<>();
        List<Long> lsoas = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        List<String> pack = new ArrayList<>();
        for (District d : districts.all()) {
            name.add(d.name());
            lsoas.add((long) d.lsoas());
            rows.add(d.rows());
            int i = packs.indexOf(d);
            pack.add(i < 0 ? "" : folders.get(i) + "/index.html");
        }
        Table data = Table.of("districts", Column.text("District", name), Column.integers("LSOAs", lsoas),
                Column.integers("Rows", rows), Column.text("Pack", pack));
        List<String> points = new ArrayList<>();
        for (int i = 0; i < packs.size(); i++) {
            points.add(packs.get(i).name() + ": " + folders.get(i) + "/index.html");
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("The districts are known from the LSOA names police.uk gives every row ('<district> NNNX'); "
                + "no lookup is needed. Each district's pack is in its own folder.");
        if (districts.rowsWithoutDistrict() > 0) {
            paragraphs.add(String.format(Locale.ROOT, "%,d rows are in no district (no location, or an area name "
                    + "that names no district) and are in no pack.", districts.rowsWithoutDistrict()));
        }
        return new ReportSection("districts", "Districts in the data", paragraphs, points, List.of(),
                List.of(new ReportTable("districts", "Districts in the data: LSOAs and rows", data, data)));
    }

    /**
     * Puts a peers section into a district's pack, after its headline changes.
     *
     * @param pack the district's pack
     * @param peers the peers section ({@link PeerSection#of})
     * @param headline a headline saying where the district lies, or empty
     * @return the pack with the section
     */
    public static ReportPack withPeers(ReportPack pack, ReportSection peers, String headline) {
        List<ReportSection> sections = new ArrayList<>(pack.sections());
        sections.add(Math.min(1, sections.size()), peers);
        List<String> headlines = new ArrayList<>(pack.headlines());
        if (!headline.isEmpty()) {
            headlines.add(Math.min(1, headlines.size()), headline);
        }
        return new ReportPack(pack.title(), pack.area(), pack.source(), pack.current(), pack.previous(), headlines,
                sections);
    }
}
