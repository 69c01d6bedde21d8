package org.cspstat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.compare.ComparisonRow;
import org.cspstat.model.Polarity;
import org.cspstat.plan.ActionPlan;

/** Progress against the plan: completion by theme, beside the evidence for each theme's category. */
final class ActionPlanSection {
    private ActionPlanSection() {
    }

    static ReportSection of(ActionPlan plan, ComparisonResult byCategory) {
        List<ActionPlan.Completion> completion = plan.completion();
        ActionPlan.Completion all = completion.get(completion.size() - 1);
        List<String> names = List.of("Theme", "Actions", "Complete", "On track", "At risk", "Not started", "% complete",
                "Evidence: " + byCategory.currentHeading() + " against " + byCategory.previousHeading());
        List<List<String>> display = new ArrayList<>();
        for (ActionPlan.Completion c : completion) {
            List<String> ev = new ArrayList<>();
            for (String e : c.evidence()) {
                ev.add(evidence(e, byCategory));
            }
            display.add(List.of(c.theme(), Long.toString(c.total()), Long.toString(c.count(ActionPlan.Status.COMPLETE)),
                    Long.toString(c.count(ActionPlan.Status.ON_TRACK)), Long.toString(c.count(ActionPlan.Status.AT_RISK)),
                    Long.toString(c.count(ActionPlan.Status.NOT_STARTED)), c.percent().toPlainString() + "%",
                    String.join("; ", ev)));
        }
        List<String> points = new ArrayList<>();
        points.add("Overall: " + all.words() + " actions complete.");
        for (ActionPlan.Action a : plan.actions()) {
            if (a.status() == ActionPlan.Status.AT_RISK || a.status() == ActionPlan.Status.NOT_STARTED) {
                points.add(a.theme() + ": " + a.action() + " (" + a.lead() + ") is " + a.status().words() + ".");
            }
        }
        return new ReportSection("action-plan", "Progress against the plan", List.of("The action plan ("
                + plan.source().replaceAll(".*[/\\\\]", "") + "): each theme's actions by status, completion as "
                + "complete over all actions (exact, one decimal), beside the change in the category that theme is "
                + "measured by."), points, List.of(),
                List.of(SimpleTables.table("action-plan", "Action plan completion by theme", names, display,
                        ActionPlan.columnNames(), plan.cells())));
    }

    private static String evidence(String name, ComparisonResult r) {
        ComparisonRow row = r.rows().stream().filter(x -> x.category().equalsIgnoreCase(name)).findFirst().orElse(null);
        if (row == null) {
            return name + ": not in the data";
        }
        String pct = Double.isFinite(row.percentChange()) ? String.format(Locale.ROOT, " (%+.1f%%)", row.percentChange())
                : "";
        return String.format(Locale.ROOT, "%s %,d against %,d%s, %s", row.category(), row.current(), row.previous(), pct,
                row.verdict().words(Polarity.of(row.category())));
    }
}
