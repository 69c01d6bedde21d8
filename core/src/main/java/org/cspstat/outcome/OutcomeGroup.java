package org.cspstat.outcome;

import java.util.Locale;
import java.util.Map;
import java.util.HashMap;

/**
 * The groups police.uk outcome texts fall into. Every court outcome ("Offender fined", "Defendant
 * found not guilty", "Awaiting court outcome", "Court result unavailable"...) means the suspect
 * was charged or summonsed, so it counts as {@link #CHARGED_OR_SUMMONSED}; cautions, local
 * resolutions, penalty notices and drugs warnings are {@link #OTHER_SANCTION}; "not in the public
 * interest", "action to be taken by another organisation", "status update unavailable", an empty
 * outcome and any text not listed are {@link #OTHER}. The full list is {@link #of}'s table and
 * docs/outcomes.md.
 */
public enum OutcomeGroup {
    /** Charged or summonsed, including every court outcome. */
    CHARGED_OR_SUMMONSED("Charged or summonsed"),
    /** Caution, local resolution, penalty notice, drugs or cannabis warning. */
    OTHER_SANCTION("Other sanction"),
    /** Investigation complete; no suspect identified. */
    NO_SUSPECT_IDENTIFIED("No suspect identified"),
    /** Unable to prosecute suspect (evidential difficulties, victim does not support). */
    UNABLE_TO_PROSECUTE("Unable to prosecute"),
    /** Under investigation. */
    UNDER_INVESTIGATION("Under investigation"),
    /** Anything else: public interest, another organisation, status unavailable, none recorded. */
    OTHER("Other");

    private static final Map<String, OutcomeGroup> TEXTS = new HashMap<>();

    static {
        for (String t : new String[] {"Suspect charged", "Suspect charged as part of another case",
            "Awaiting court outcome", "Court result unavailable", "Court case unable to proceed",
            "Defendant found not guilty", "Defendant sent to Crown Court", "Offender sent to prison",
            "Offender given suspended prison sentence", "Offender fined", "Offender given community sentence",
            "Offender given conditional discharge", "Offender given absolute discharge",
            "Offender ordered to pay compensation", "Offender otherwise dealt with", "Offender deprived of property",
            "Offender given a drugs possession warning in court", "Sentenced in another case"}) {
            TEXTS.put(t.toLowerCase(Locale.ROOT), CHARGED_OR_SUMMONSED);
        }
        for (String t : new String[] {"Offender given a caution", "Local resolution", "Offender given penalty notice",
            "Offender given a drugs possession warning", "Offender given a cannabis warning",
            "Offender given conditional caution", "Offender given a community resolution"}) {
            TEXTS.put(t.toLowerCase(Locale.ROOT), OTHER_SANCTION);
        }
        TEXTS.put("investigation complete; no suspect identified", NO_SUSPECT_IDENTIFIED);
        TEXTS.put("unable to prosecute suspect", UNABLE_TO_PROSECUTE);
        TEXTS.put("under investigation", UNDER_INVESTIGATION);
    }

    private final String label;

    OutcomeGroup(String label) {
        this.label = label;
    }

    /** @return the group's name in tables, such as {@code Charged or summonsed} */
    public String label() {
        return label;
    }

    /**
     * @param outcome a police.uk outcome text (any case, trimmed or not); empty for none recorded
     * @return its group; {@link #OTHER} for any text not listed
     */
    public static OutcomeGroup of(String outcome) {
        return TEXTS.getOrDefault(outcome.strip().toLowerCase(Locale.ROOT), OTHER);
    }
}
