package org.cspstat.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A concentration (Lorenz) curve: the cumulative share of incidents against the cumulative
 * share of areas, areas taken from the fewest incidents to the most, with the line of equality.
 *
 * @param name the file stem
 * @param title the title
 * @param areaShare the cumulative share of areas, 0 to 1, ascending
 * @param incidentShare the cumulative share of incidents at each point, 0 to 1
 * @param note a note for the legend, such as the Gini coefficient
 * @param source the source line
 * @param description one sentence for alternative text
 */
public record LorenzChartData(String name, String title, List<Double> areaShare, List<Double> incidentShare,
        String note, String source, String description) implements ChartData {
    /**
     * Validates the curve.
     *
     * @param name the file stem
     * @param title the title
     * @param areaShare the cumulative share of areas
     * @param incidentShare the cumulative share of incidents
     * @param note a note for the legend
     * @param source the source line
     * @param description one sentence for alternative text
     * @throws IllegalArgumentException when the lists differ in length or have fewer than two points
     */
    public LorenzChartData {
        ChartData.checkName(name);
        requireNonNull(title, "title must not be null");
        requireNonNull(note, "note must not be null");
        requireNonNull(source, "source must not be null");
        requireNonNull(description, "description must not be null");
        areaShare = List.copyOf(requireNonNull(areaShare, "areaShare must not be null"));
        incidentShare = List.copyOf(requireNonNull(incidentShare, "incidentShare must not be null"));
        if (areaShare.size() != incidentShare.size() || areaShare.size() < 2) {
            throw new IllegalArgumentException("a Lorenz curve needs at least two points, as many x as y, but had "
                    + areaShare.size() + " and " + incidentShare.size());
        }
    }
}
