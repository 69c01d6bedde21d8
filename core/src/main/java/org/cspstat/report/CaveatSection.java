package org.cspstat.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.cspstat.period.Period;

/**
 * The standard "what this data can and cannot show" block, with the known events of a built-in
 * calendar that touch the periods compared.
 */
final class CaveatSection {
    static final String ID = "caveats";

    /**
     * An event known to move recorded crime, from its first to its last month (inclusive).
     *
     * @param from the first month
     * @param to the last month
     * @param what what happened, in a sentence without a full stop
     */
    record KnownEvent(YearMonth from, YearMonth to, String what) {
        boolean touches(Period p) {
            return !from.isAfter(p.to()) && !to.isBefore(p.from());
        }
    }

    /**
     * The built-in calendar. Dates: the Coronavirus regulations for England (first national
     * lockdown from 26 March 2020, eased from June; second from 5 November to 2 December 2020;
     * third from 6 January 2021, the last legal limits lifted on 19 July 2021); the Home Office
     * Counting Rules' return of the principal crime rule for conduct crimes (stalking, harassment,
     * controlling or coercive behaviour) from May 2023; the Office for National Statistics'
     * removal of police recorded crime's National Statistics status (January 2014) after which
     * forces improved recording, raising recorded violence over the following years.
     */
    static final List<KnownEvent> CALENDAR = List.of(
            new KnownEvent(YearMonth.of(2014, 1), YearMonth.of(2017, 12), "forces tightened crime recording after "
                    + "police recorded crime lost its National Statistics status (January 2014); recorded violence "
                    + "and sexual offences rose partly for that reason"),
            new KnownEvent(YearMonth.of(2020, 3), YearMonth.of(2020, 6), "the first COVID-19 national lockdown in "
                    + "England (from 26 March 2020, easing from June): far fewer people out, less shoplifting, "
                    + "burglary and night-time violence, more ASB reports of breaches"),
            new KnownEvent(YearMonth.of(2020, 11), YearMonth.of(2020, 12), "the second COVID-19 national lockdown "
                    + "in England (5 November to 2 December 2020) and the tiers that followed"),
            new KnownEvent(YearMonth.of(2021, 1), YearMonth.of(2021, 7), "the third COVID-19 national lockdown in "
                    + "England (from 6 January 2021) and the steps out of it, the last on 19 July 2021"),
            new KnownEvent(YearMonth.of(2023, 5), YearMonth.of(2023, 5), "the Home Office Counting Rules brought "
                    + "back the principal crime rule for stalking, harassment and controlling or coercive behaviour "
                    + "(from May 2023), so fewer of these are recorded alongside another crime; recorded violence "
                    + "falls from that month for that reason alone"));

    private CaveatSection() {
    }

    /** @return the known events that touch either period, each said once */
    static List<KnownEvent> touching(Period current, Period previous) {
        return CALENDAR.stream().filter(e -> e.touches(current) || e.touches(previous)).toList();
    }

    static ReportSection of(Period current, Period previous) {
        List<String> points = new ArrayList<>();
        points.add("Recorded crime, not all crime: police.uk holds what the police recorded and published. Much "
                + "crime is never reported; the Crime Survey for England and Wales is the better guide to how much "
                + "crime there is.");
        points.add("Fraud and computer misuse are not in police.uk (Action Fraud records them nationally), so "
                + "neither is in this pack.");
        points.add("Positions are anonymised: each crime is moved to the nearest of a fixed set of snap points "
                + "(street centres, public places), never its true address. A hot spot is near, not at, a place; "
                + "cells named after a snap point name a neighbourhood, not a building.");
        points.add("Recording practice changes. A rise can be better recording, a new counting rule or a police "
                + "operation, and a fall fewer reports; read significant changes with the police analyst.");
        points.add("Some offences are withheld: crimes that could identify a victim (such as some sexual "
                + "offences) can be left without a position, and late-recorded crimes appear in later months' files.");
        points.add("Anti-social behaviour is incidents reported to the police only; council and housing "
                + "reports are separate unless added to the data.");
        List<KnownEvent> events = touching(current, previous);
        for (KnownEvent e : events) {
            points.add("Known event in the periods compared (" + TrendSection.label(e.from())
                    + (e.to().equals(e.from()) ? "" : " to " + TrendSection.label(e.to())) + "): " + e.what() + ".");
        }
        String intro = events.isEmpty()
                ? "Read the pack with these limits in mind. No event of cspstat's built-in calendar (COVID-19 "
                        + "restrictions in England, counting-rule changes) falls in the periods compared."
                : "Read the pack with these limits in mind. Events of cspstat's built-in calendar fall in the "
                        + "periods compared: a change across them may be the event, not the place.";
        return new ReportSection(ID, "What this data can and cannot show", List.of(intro), points, List.of(),
                List.of());
    }
}
