package org.cspstat.peer;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cspstat.compare.CategoryGroups;
import org.cspstat.compare.Issue;
import org.cspstat.compare.Population;
import org.cspstat.count.CountStore;
import org.cspstat.io.AreaLookup;
import org.cspstat.error.DataException;
import org.cspstat.io.Dataset;
import org.cspstat.model.Area;
import org.cspstat.period.Period;

/**
 * Places districts among their peers: for each headline issue, each district's rate (per 1,000
 * residents with a {@link Population}, else per LSOA as a proxy) on a {@link Funnel} around the
 * peers' pooled rate; and the same for the wards of one district, with an LSOA-to-ward lookup.
 *
 * <pre>{@code
 * Districts districts = Districts.of(dataset.counts());
 * PeerComparison peers = PeerComparison.of(dataset, districts).population(population);
 * List<PeerFunnel> plots = peers.districts(districts.all(), "Stevenage");
 * }</pre>
 */
public final class PeerComparison {
    /** How many categories, beside All crime and All ASB, get a funnel: the largest in the data. */
    public static final int LARGEST_CATEGORIES = 4;

    private final Dataset data;
    private final Districts districts;
    private Population population;
    private Period period;
    private List<String> issues = List.of();
    private Funnel.Dispersion dispersion = Funnel.Dispersion.ADDITIVE;

    private PeerComparison(Dataset data, Districts districts) {
        this.data = requireNonNull(data, "data must not be null");
        this.districts = requireNonNull(districts, "districts must not be null");
    }

    /**
     * @param data data loaded with areas, every district of it (no area selection)
     * @param districts the data's districts
     * @return a comparison to configure
     */
    public static PeerComparison of(Dataset data, Districts districts) {
        return new PeerComparison(data, districts);
    }

    /**
     * @param population residents by LSOA, ward or district (code or name), or null to compare per LSOA
     * @return this comparison
     */
    public PeerComparison population(Population population) {
        this.population = population;
        return this;
    }

    /**
     * @param period the months to count; default {@link #latestTwelveMonths}
     * @return this comparison
     */
    public PeerComparison period(Period period) {
        this.period = period;
        return this;
    }

    /**
     * @param names the issues to plot; default All crime, All ASB and the largest categories
     * @return this comparison
     */
    public PeerComparison issues(List<String> names) {
        this.issues = List.copyOf(names);
        return this;
    }

    /**
     * @param method how limits are widened for over-dispersion (default additive)
     * @return this comparison
     */
    public PeerComparison dispersion(Funnel.Dispersion method) {
        this.dispersion = requireNonNull(method, "method must not be null");
        return this;
    }

    /**
     * The twelve months up to the last month with data, or every month of the data when it covers
     * less: the period guidance asks rates for.
     *
     * @param store the counts
     * @param end the last month, or null for the data's last
     * @return the period
     */
    public static Period latestTwelveMonths(CountStore store, YearMonth end) {
        if (store.months().isEmpty()) {
            throw DataException.of("data", "no months with data");
        }
        YearMonth last = end != null ? end : store.months().last();
        YearMonth first = last.minusMonths(11);
        if (first.isBefore(store.months().first())) {
            first = store.months().first();
        }
        return Period.of(first, last);
    }

    /** @return the period used */
    public Period period() {
        return period != null ? period : latestTwelveMonths(data.counts(), null);
    }

    /** @return the issues plotted, resolved against the data */
    public List<Issue> chosenIssues() {
        CountStore store = data.counts();
        List<Issue> all = CategoryGroups.builtIn().resolve(store);
        if (!issues.isEmpty()) {
            return CategoryGroups.builtIn().resolve(store, issues);
        }
        List<Issue> out = new ArrayList<>();
        for (Issue i : all) {
            if (i.name().equals(CategoryGroups.ALL_CRIME) || i.name().equals(CategoryGroups.ALL_ASB)) {
                if (i.categories().length > 0) {
                    out.add(i);
                }
            }
        }
        Period p = period();
        List<Issue> categories = new ArrayList<>(all.stream().filter(i -> i.kind() == Issue.Kind.CATEGORY
                && store.categories().get(i.categories()[0]).kind() == org.cspstat.model.CategoryKind.CRIME).toList());
        Map<Issue, Long> totals = new LinkedHashMap<>();
        for (Issue i : categories) {
            long sum = 0;
            for (YearMonth m : p.months()) {
                sum += store.total(i.categories()[0], m);
            }
            totals.put(i, sum);
        }
        categories.sort((a, b) -> Long.compare(totals.get(b), totals.get(a)));
        categories.stream().limit(LARGEST_CATEGORIES).forEach(out::add);
        return out;
    }

    /**
     * Funnels of districts.
     *
     * @param units the districts to plot (the peers and the district itself)
     * @param highlighted the district to highlight, or empty for none
     * @return one funnel per issue
     * @throws DataException when a population is given and a district's residents are unknown
     */
    public List<PeerFunnel> districts(List<District> units, String highlighted) {
        CountStore store = data.counts();
        List<String> names = units.stream().map(District::name).toList();
        int[] unitOfArea = new int[store.areas().size()];
        java.util.Arrays.fill(unitOfArea, -1);
        double[] exposure = new double[units.size()];
        List<String> missing = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            District d = units.get(u);
            for (int a : d.areaIds()) {
                unitOfArea[a] = u;
            }
            exposure[u] = population == null ? d.lsoas() : residents(d);
            if (exposure[u] <= 0) {
                missing.add(d.name());
            }
        }
        if (!missing.isEmpty()) {
            throw DataException.of(population.source(), "no residents for " + String.join(", ", missing)
                    + ": list each district by name or code, or all its LSOAs by code");
        }
        return funnels(names, unitOfArea, exposure, "district", highlighted, List.of());
    }

    /**
     * Funnels of the wards of one district, through the data's LSOA-to-ward lookup.
     *
     * @param district the district
     * @return one funnel per issue; empty when the data have no lookup
     * @throws DataException when a population is given and a ward's residents are unknown
     */
    public List<PeerFunnel> wards(District district) {
        AreaLookup lookup = data.lookup();
        if (lookup == null) {
            return List.of();
        }
        CountStore store = data.counts();
        Map<String, List<Integer>> byWard = new LinkedHashMap<>();
        Map<String, Area> wards = new LinkedHashMap<>();
        int notInLookup = 0;
        for (int a : district.areaIds()) {
            Area lsoa = store.areas().get(a);
            java.util.Optional<Area> ward = lookup.ward(lsoa.code());
            if (ward.isEmpty()) {
                notInLookup++;
                continue;
            }
            wards.putIfAbsent(ward.get().code(), ward.get());
            byWard.computeIfAbsent(ward.get().code(), k -> new ArrayList<>()).add(a);
        }
        if (byWard.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        int[] unitOfArea = new int[store.areas().size()];
        java.util.Arrays.fill(unitOfArea, -1);
        double[] exposure = new double[byWard.size()];
        List<String> missing = new ArrayList<>();
        int u = 0;
        for (Map.Entry<String, List<Integer>> e : byWard.entrySet()) {
            names.add(wards.get(e.getKey()).label());
            for (int a : e.getValue()) {
                unitOfArea[a] = u;
            }
            if (population == null) {
                exposure[u] = e.getValue().size();
            } else {
                exposure[u] = population.residents(e.getKey(),
                        e.getValue().stream().map(a -> store.areas().get(a).code()).toList());
                if (exposure[u] <= 0) {
                    missing.add(wards.get(e.getKey()).label());
                }
            }
            u++;
        }
        if (!missing.isEmpty()) {
            throw DataException.of(population.source(), "no residents for the wards " + String.join(", ", missing)
                    + ": list each ward by code, or all its LSOAs by code");
        }
        List<String> notes = notInLookup == 0 ? List.of()
                : List.of(notInLookup + " of the district's LSOAs are not in the lookup and are left out");
        return funnels(names, unitOfArea, exposure, "ward", "", notes);
    }

    private long residents(District d) {
        long own = population.residents(d.name());
        if (own > 0) {
            return own;
        }
        AreaLookup lookup = data.lookup();
        if (lookup != null && !d.lsoaCodes().isEmpty()) {
            long byCode = lookup.district(d.lsoaCodes().get(0)).map(a -> population.residents(a.code())).orElse(0L);
            if (byCode > 0) {
                return byCode;
            }
        }
        return population.residents("", d.lsoaCodes());
    }

    private List<PeerFunnel> funnels(List<String> names, int[] unitOfArea, double[] exposure, String noun,
            String highlighted, List<String> extraNotes) {
        CountStore store = data.counts();
        Period p = period();
        List<Issue> chosen = chosenIssues();
        List<List<Integer>> issuesOf = new ArrayList<>();
        for (int c = 0; c < store.categories().size(); c++) {
            issuesOf.add(new ArrayList<>());
        }
        for (int i = 0; i < chosen.size(); i++) {
            for (int c : chosen.get(i).categories()) {
                issuesOf.get(c).add(i);
            }
        }
        long[][] counts = new long[chosen.size()][names.size()];
        store.forEachCount((category, month, area, count) -> {
            if (area < 0 || unitOfArea[area] < 0 || !p.contains(month)) {
                return;
            }
            for (int i : issuesOf.get(category)) {
                counts[i][unitOfArea[area]] += count;
            }
        });
        List<String> notes = new ArrayList<>(extraNotes);
        List<String> gaps = p.months().stream().filter(m -> !store.hasData(m)).map(YearMonth::toString).toList();
        if (!gaps.isEmpty()) {
            notes.add("months without data in the period (missing for every " + noun + " alike): "
                    + String.join(", ", gaps));
        }
        List<PeerFunnel> out = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            List<Funnel.Unit> units = new ArrayList<>();
            for (int u = 0; u < names.size(); u++) {
                units.add(new Funnel.Unit(names.get(u), counts[i][u], exposure[u]));
            }
            out.add(new PeerFunnel(chosen.get(i).name(), noun, p, population != null,
                    Funnel.of(units, dispersion), highlighted, notes));
        }
        return out;
    }
}
