package org.cspstat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cspstat.compare.Population;
import org.cspstat.io.Dataset;
import org.cspstat.peer.District;
import org.cspstat.peer.DistrictData;
import org.cspstat.peer.Districts;
import org.cspstat.peer.Funnel;
import org.cspstat.peer.PeerComparison;
import org.cspstat.peer.PeerFunnel;
import org.cspstat.peer.PeerGroups;
import org.cspstat.period.Period;
import org.cspstat.report.CountyOverview;
import org.cspstat.report.PeerSection;
import org.cspstat.report.ReportBuilder;
import org.cspstat.report.ReportPack;
import org.cspstat.report.ReportSection;

/**
 * {@code report --each-district} (and a district's pack among its peers): reads the files once,
 * without an area selection, then makes each district's pack from its part of the counts, with
 * its place among its peers on funnel plots, and a county overview.
 */
final class CountyReport {
    private CountyReport() {
    }

    static int run(ReportCommand command, long start) {
        PackOptions options = command.packOptions;
        DataOptions data = options.data;
        PrintWriter out = command.spec.commandLine().getOut();
        boolean each = command.eachDistrict != null;
        String single = data.areaPrefix;
        if (each && (data.areaPrefix != null || data.lsoaFile != null || data.areaPolygons != null)) {
            throw new IllegalArgumentException("--each-district reads every district in the data: leave out "
                    + "--area-prefix, --lsoa-file and --area-polygons (name districts after --each-district)");
        }
        if (!each && single == null) {
            throw new IllegalArgumentException("--population and --peers place a district among its peers: give "
                    + "--area-prefix NAME for one district's pack, or --each-district for all");
        }
        if (data.lsoaFile != null || data.areaPolygons != null) {
            throw new IllegalArgumentException("--population and --peers need the district by --area-prefix NAME");
        }
        if (command.overviewOnly && !each) {
            throw new IllegalArgumentException("--overview-only goes with --each-district");
        }
        Population population = command.peerOptions.population();
        PeerGroups groups = command.peerOptions.groups();
        Funnel.Dispersion model = command.peerOptions.model();
        Dataset county;
        data.areaPrefix = null;
        try (LoadProgress progress = LoadProgress.onTerminal()) {
            // the overview alone needs no positions (no hotspot maps): a national file loads in a small heap
            county = data.load(!command.overviewOnly, progress.listener());
        } finally {
            data.areaPrefix = single;
        }
        double loaded = (System.nanoTime() - start) / 1e9;
        Districts districts = Districts.of(county.counts());
        if (districts.all().isEmpty()) {
            throw org.cspstat.error.DataException.of(String.join(", ", data.data.stream().map(Path::toString).toList()),
                    "no districts in the data: no LSOA names of the form '<district> NNNX'");
        }
        List<District> chosen = command.overviewOnly ? List.of()
                : districts.pick(each ? command.eachDistrict : List.of(single));
        Period current = current(options.periods, county);
        Period previous = options.periods.previous(current);
        PeerComparison peers = PeerComparison.of(county, districts).population(population).dispersion(model)
                .period(PeerComparison.latestTwelveMonths(county.counts(), current.months().get(
                        current.months().size() - 1)));
        String peerWords = groups.isEveryDistrict() ? "the " + districts.all().size() + " districts in the data"
                : "the Most Similar Group in " + groups.source();
        List<String> folders = new ArrayList<>();
        int charts = 0;
        ReportSection provenance = command.provenance();
        for (District d : chosen) {
            long t0 = System.nanoTime();
            Dataset part = DistrictData.of(county, d);
            ReportPack pack = ReportBuilder.of(part).current(current).previous(previous)
                    .allowGaps(options.periods.allowGaps).risk(options.risk.load(part)).trends(options.trends)
                    .title(d.name()).appendix(provenance).build();
            long t1 = System.nanoTime();
            List<String> notInData = new ArrayList<>();
            List<District> group = groups.peersOf(d, districts, notInData);
            List<PeerFunnel> funnels = peers.districts(group, d.name());
            List<PeerFunnel> wards = peers.wards(d);
            String words = notInData.isEmpty() ? peerWords
                    : peerWords + " (not in the data, so not shown: " + String.join(", ", notInData) + ")";
            ReportSection section = PeerSection.of(funnels, wards, words, county.source());
            pack = CountyOverview.withPeers(pack, section, funnels.isEmpty() ? ""
                    : PeerSection.districtPoint(funnels.get(0)));
            String folder = each ? PeerSection.slug(d.name()) : "";
            folders.add(folder);
            Path dir = each ? command.out.resolve(folder) : command.out;
            long t2 = System.nanoTime();
            charts += command.write(pack, dir);
            if (data.verbose) {
                System.err.printf(Locale.ROOT, "cspstat: %s: pack %.2f s, peers %.2f s, files %.2f s%n", d.name(),
                        (t1 - t0) / 1e9, (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);
            }
            out.printf(Locale.ROOT, "Wrote %s (%d charts, %d tables) in %.1f s: %s%n", dir.resolve("index.html"),
                    pack.charts().size(), pack.tables().size(), (System.nanoTime() - t0) / 1e9, d.name());
            out.flush();
        }
        if (each) {
            List<PeerFunnel> all = peers.districts(districts.all(), "");
            ReportPack overview = CountyOverview.of(county, districts, chosen, folders, all, current, previous);
            charts += command.write(overview, command.out);
            int n = districts.all().size();
            out.printf(Locale.ROOT, "Wrote %s (county overview of %d district%s) in %.1f s (files read once, %.1f s)%n",
                    command.out.resolve("index.html"), n, n == 1 ? "" : "s", (System.nanoTime() - start) / 1e9, loaded);
        }
        return ExitCodes.OK;
    }

    /**
     * The current period: as asked, else the latest financial year to date when the year before it is
     * in the data, else the latest months whose year before is in the data (a county's 13 months
     * give the last month against the same month a year before).
     */
    static Period current(PeriodOptions periods, Dataset county) {
        Period current = periods.current(county.counts());
        if (periods.period != null || periods.previous != null || periods.allowGaps) {
            return current;
        }
        var months = county.counts().months();
        boolean covered = periods.previous(current).months().stream().allMatch(county.counts()::hasData);
        if (covered || months.isEmpty()) {
            return current;
        }
        YearMonth last = months.last();
        YearMonth first = current.months().get(0);
        while (first.isBefore(last) && !county.counts().hasData(first.minusYears(1))) {
            first = first.plusMonths(1);
        }
        return county.counts().hasData(first.minusYears(1)) ? Period.of(first, last) : current;
    }
}
