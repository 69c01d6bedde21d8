package org.cspstat.peer;

import org.cspstat.error.UsageException;
import org.cspstat.count.internal.PartialCounts;
import org.cspstat.count.internal.Building;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;
import org.cspstat.compare.AreaLevel;
import org.cspstat.count.AreaSubset;
import org.cspstat.count.CountStore;
import org.cspstat.count.CountStoreBuilder;
import org.cspstat.model.Area;
import org.cspstat.model.Category;
import org.cspstat.model.CategoryKind;
import org.junit.jupiter.api.Test;

class DistrictsTest {
    static final YearMonth JAN = YearMonth.of(2022, 1);

    /**
     * Two districts of two LSOAs with 3 rows each in January, a neighbour's LSOA with 1 row (fewer than one
     * per LSOA a month over the two months with data), 2 rows without a location.
     */
    static CountStore store() {
        CountStoreBuilder b = new CountStoreBuilder(true);
        int crime = b.categoryId(new Category("Burglary", CategoryKind.CRIME));
        PartialCounts p = Building.newPartial(b);
        String[][] lsoas = {{"E01000001", "Alpha 001A"}, {"E01000002", "Alpha 002B"}, {"E01000003", "Beta 001A"},
            {"E01000004", "Beta 003C"}};
        for (String[] l : lsoas) {
            int area = b.areaId(l[0], l[1]);
            for (int i = 0; i < 3; i++) {
                p.add(crime, JAN, area, b.pointId(-0.2 + area * 0.01, 51.9 + i * 0.001, "x", area));
            }
        }
        p.add(crime, JAN, b.areaId("E01000009", "Gamma 001A"), -1);
        p.add(crime, JAN, -1, -1);
        p.add(crime, JAN, -1, -1);
        return b.build(new TreeSet<>(List.of(JAN, JAN.plusMonths(1))), new TreeSet<>());
    }

    @Test
    void findsDistrictsByLsoaNameAndSetsAsideOnesWithOnlyAFewRows() {
        Districts d = Districts.of(store());
        assertEquals(List.of("Alpha", "Beta"), d.all().stream().map(District::name).toList());
        assertEquals(List.of(6L, 6L), d.all().stream().map(District::rows).toList());
        assertEquals(List.of(2, 2), d.all().stream().map(District::lsoas).toList());
        assertEquals(List.of("Gamma"), d.partial().stream().map(District::name).toList());
        assertEquals(2, d.rowsWithoutDistrict());
        assertEquals(List.of("Beta"), d.pick(List.of("beta")).stream().map(District::name).toList());
        UsageException e = assertThrows(UsageException.class, () -> d.pick(List.of("Delta")));
        assertEquals("no district 'Delta' in the data (LSOA names 'Delta NNNX'): the data have Alpha, Beta",
                e.getMessage());
        assertEquals("district 'gamma' has only a few rows in the data (a neighbouring force's area): the data "
                + "cover Alpha, Beta", assertThrows(UsageException.class,
                        () -> d.pick(List.of("gamma"))).getMessage());
    }

    @Test
    void aSubsetKeepsOnlyItsAreasCountsAndPoints() {
        CountStore all = store();
        District beta = Districts.of(all).find("Beta").orElseThrow();
        CountStore part = AreaSubset.of(all, i -> java.util.Arrays.stream(beta.areaIds()).anyMatch(a -> a == i));
        assertEquals(List.of(new Area("E01000003", "Beta 001A"), new Area("E01000004", "Beta 003C")), part.areas());
        assertEquals(6, part.total(0, JAN));
        assertEquals(3, part.count(0, JAN, 0));
        assertEquals(6, part.points().size());
        assertEquals(List.of(0, 1), part.points().stream().map(p -> p.area()).distinct().toList());
    }

    @Test
    void districtRowsWithoutALookupComeFromLsoaNames() {
        Area[] mapped = AreaLevel.DISTRICT.map(store().areas(), null);
        assertEquals(new Area("Alpha", "Alpha"), mapped[0]);
        assertEquals(new Area("Beta", "Beta"), mapped[3]);
    }
}
