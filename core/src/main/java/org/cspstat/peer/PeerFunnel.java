package org.cspstat.peer;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.cspstat.period.Period;

/**
 * One funnel plot's content: an issue's rates in a set of units (districts, or the wards of a
 * district) over a period, with the limits.
 *
 * @param issue the category or group, such as {@code All crime}
 * @param unitNoun what a unit is: {@code district} or {@code ward}
 * @param period the months counted
 * @param perResident true when exposure is residents (rates per 1,000 residents); false when it is
 *     the number of LSOAs (the per-LSOA proxy, never a rate per resident)
 * @param funnel the units, target and limits
 * @param highlighted the unit to highlight, or empty for none
 * @param notes what to know about the figures (months without data, units left out)
 */
public record PeerFunnel(String issue, String unitNoun, Period period, boolean perResident, Funnel funnel,
        String highlighted, List<String> notes) {
    // validates the components.
    public PeerFunnel {
        requireNonNull(issue, "issue must not be null");
        requireNonNull(unitNoun, "unitNoun must not be null");
        requireNonNull(period, "period must not be null");
        requireNonNull(funnel, "funnel must not be null");
        requireNonNull(highlighted, "highlighted must not be null");
        notes = List.copyOf(notes);
    }

    /** @return the multiplier from the funnel's rates to the shown ones: 1,000 per resident, 1 per LSOA */
    public double scale() {
        return perResident ? 1000 : 1;
    }

    /** @return the rate's unit in words, such as {@code per 1,000 residents} or {@code per LSOA (proxy: no population file)} */
    public String rateUnit() {
        return perResident ? "per 1,000 residents" : "per LSOA";
    }

    /** @return the exposure in words: {@code residents} or {@code LSOAs} */
    public String exposureNoun() {
        return perResident ? "residents" : "LSOAs";
    }

    /** @return a copy highlighting another unit */
    public PeerFunnel highlight(String unit) {
        return new PeerFunnel(issue, unitNoun, period, perResident, funnel, unit, notes);
    }

    /**
     * @param unit a unit's name
     * @return its position, or empty when it is not on the plot
     */
    public java.util.Optional<Position> positionOf(String unit) {
        return funnel.units().stream().filter(u -> u.name().equalsIgnoreCase(unit)).findFirst()
                .map(funnel::position);
    }
}
