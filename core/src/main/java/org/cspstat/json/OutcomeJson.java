package org.cspstat.json;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.cspstat.io.Reject;
import org.cspstat.outcome.CrimeOutcomes;
import org.cspstat.outcome.OutcomeAnalysis;
import org.cspstat.outcome.OutcomeGroup;

/**
 * {@link OutcomeAnalysis} as JSON: {@code currentPeriod}, {@code previousPeriod} (labels),
 * {@code byCategory} and {@code byArea} (each row {@code name}, {@code crimes} and a count per group
 * key such as {@code charged_or_summonsed}), {@code chargeShare} (rows {@code category},
 * {@code chargedNow}, {@code crimesNow}, {@code shareNow}, {@code chargedBefore},
 * {@code crimesBefore}, {@code shareBefore}, {@code pValue}, {@code pAdjusted}) and {@code account}.
 */
final class OutcomeJson extends ResultSerializer<OutcomeAnalysis> {
    private static final long serialVersionUID = 1L;

    OutcomeJson() {
        super(OutcomeAnalysis.class);
    }

    @Override
    void write(OutcomeAnalysis o, JsonOut j) throws IOException {
        j.beginObject().name("currentPeriod").value(o.current().label())
                .name("previousPeriod").value(o.previous().label());
        rows(j.name("byCategory"), o.byCategory());
        rows(j.name("byArea"), o.byArea());
        j.name("chargeShare").beginArray();
        for (OutcomeAnalysis.ChargeShare s : o.charge()) {
            j.beginObject().name("category").value(s.name()).name("chargedNow").value(s.chargedNow())
                    .name("crimesNow").value(s.totalNow()).name("shareNow").value(s.shareNow())
                    .name("chargedBefore").value(s.chargedBefore()).name("crimesBefore").value(s.totalBefore())
                    .name("shareBefore").value(s.shareBefore()).name("pValue").value(s.pValue())
                    .name("pAdjusted").value(s.pAdjusted()).endObject();
        }
        j.endArray();
        CrimeOutcomes.Account a = o.account();
        j.name("account").beginObject().name("streetRows").value(a.streetRows()).name("crimes").value(a.crimes())
                .name("asb").value(a.asb()).name("outsideArea").value(a.outsideArea())
                .name("streetRejected").value(a.streetRejected()).name("outcomeRows").value(a.outcomeRows())
                .name("linked").value(a.linked()).name("unlinked").value(a.unlinked())
                .name("outcomeRejected").value(a.outcomeRejected())
                .name("crimesWithOutcomeFromFile").value(a.crimesWithOutcomeFromFile()).name("rejects").beginArray();
        for (Reject r : a.rejects()) {
            j.value(r.toString());
        }
        j.endArray().endObject().endObject();
    }

    private static void rows(JsonOut j, List<OutcomeAnalysis.Row> rows) throws IOException {
        j.beginArray();
        for (OutcomeAnalysis.Row r : rows) {
            j.beginObject().name("name").value(r.name()).name("crimes").value(r.total());
            for (OutcomeGroup g : OutcomeGroup.values()) {
                j.name(g.name().toLowerCase(Locale.ROOT)).value(r.count(g));
            }
            j.endObject();
        }
        j.endArray();
    }
}
