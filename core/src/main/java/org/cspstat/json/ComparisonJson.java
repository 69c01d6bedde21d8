package org.cspstat.json;

import java.io.IOException;
import java.time.YearMonth;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.compare.ComparisonRow;
import org.cspstat.model.Polarity;
import org.cspstat.period.Period;

/**
 * {@link ComparisonResult} as JSON: {@code currentPeriod} and {@code previousPeriod} (each
 * {@code from}, {@code to} as YYYY-MM and {@code label}), {@code adjustment}, {@code alpha},
 * {@code source}, {@code monthsCompared} ({@code current} and {@code previous} month lists,
 * {@code count}), {@code families} (each {@code name}, {@code tests}, {@code intervalLevel}),
 * {@code notes}, {@code method} (one sentence) and {@code rows}, each with {@code category} (and
 * {@code area}, {@code areaCode} when by area), {@code current}, {@code previous}, {@code change},
 * {@code percentChange}, {@code rateRatio}, {@code rateRatioLow}, {@code rateRatioHigh} (at
 * {@code intervalLevel}), {@code intervalLevel}, {@code pValue}, {@code pAdjusted}, {@code method},
 * {@code dispersion}, {@code family}, {@code sameAs}, {@code zScore}, {@code verdict} and
 * {@code warning}, and with a population {@code residents}, {@code currentRatePer1000} and
 * {@code previousRatePer1000}; without a population, for ward or district rows, {@code lsoas},
 * {@code currentPerLsoa} and {@code previousPerLsoa} (counts per LSOA over the period, null for a
 * row without them). Infinite or undefined values are null.
 */
final class ComparisonJson extends ResultSerializer<ComparisonResult> {
    private static final long serialVersionUID = 1L;

    ComparisonJson() {
        super(ComparisonResult.class);
    }

    @Override
    void write(ComparisonResult c, JsonOut j) throws IOException {
        j.beginObject();
        period(j.name("currentPeriod"), c.current());
        period(j.name("previousPeriod"), c.previous());
        j.name("adjustment").value(c.adjustmentName()).name("alpha").value(c.alpha()).name("source").value(c.source());
        j.name("monthsCompared").beginObject().name("current").beginArray();
        for (YearMonth m : c.monthsCurrent()) {
            j.value(m.toString());
        }
        j.endArray().name("previous").beginArray();
        for (YearMonth m : c.monthsPrevious()) {
            j.value(m.toString());
        }
        j.endArray().name("count").value(c.monthsCurrent().size()).endObject();
        j.name("families").beginArray();
        for (ComparisonResult.Family f : c.families()) {
            j.beginObject().name("name").value(f.name()).name("tests").value(f.tests())
                    .name("intervalLevel").value(f.intervalLevel()).endObject();
        }
        j.endArray().name("notes").beginArray();
        for (String n : c.notes()) {
            j.value(n);
        }
        j.endArray().name("method").value(c.methodLine()).name("rows").beginArray();
        boolean area = c.grouping().hasArea();
        boolean population = c.hasPopulation(); // once: asked per row it made the output quadratic in rows
        boolean proxy = !population && c.hasLsoaProxy();
        for (ComparisonRow r : c.rows()) {
            j.beginObject().name("category").value(r.category());
            if (area) {
                j.name("area").value(r.area()).name("areaCode").value(r.areaCode());
            }
            j.name("current").value(r.current()).name("previous").value(r.previous())
                    .name("change").value(r.change().change())
                    .name("percentChange").value(r.percentChange())
                    .name("rateRatio").value(r.rateRatio())
                    .name("rateRatioLow").value(r.low())
                    .name("rateRatioHigh").value(r.high())
                    .name("intervalLevel").value(r.level())
                    .name("pValue").value(r.pValue())
                    .name("pAdjusted").value(r.pAdjusted())
                    .name("method").value(r.test().method().words())
                    .name("dispersion").value(r.test().dispersion())
                    .name("family").value(r.family())
                    .name("sameAs").value(r.sameAs().isEmpty() ? null : r.sameAs())
                    .name("zScore").value(r.change().zScore().z())
                    .name("verdict").value(r.verdict().words(Polarity.of(r.category())))
                    .name("warning").value(r.warning().isEmpty() ? null : r.warning());
            if (population) {
                j.name("residents").value(r.residents())
                        .name("currentRatePer1000").value(r.ratePer1000(true))
                        .name("previousRatePer1000").value(r.ratePer1000(false));
            } else if (proxy) {
                j.name("lsoas");
                if (r.lsoas() > 0) {
                    j.value(r.lsoas());
                } else {
                    j.nullValue();
                }
                j.name("currentPerLsoa").value(r.perLsoa(true)).name("previousPerLsoa").value(r.perLsoa(false));
            }
            j.endObject();
        }
        j.endArray().endObject();
    }

    /**
     * Writes a period as an object: {@code from}, {@code to} (YYYY-MM) and {@code label}.
     *
     * @param j where to write it
     * @param p the period
     * @throws IOException when the generator cannot write
     */
    static void period(JsonOut j, Period p) throws IOException {
        j.beginObject().name("from").value(p.from().toString()).name("to").value(p.to().toString())
                .name("label").value(p.label()).endObject();
    }
}
