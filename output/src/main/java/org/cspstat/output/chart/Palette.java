package org.cspstat.output.chart;

import java.awt.Color;
import org.cspstat.report.Tone;

/**
 * The Okabe–Ito palette (Okabe and Ito, "Color Universal Design", 2008), safe for the common
 * kinds of colour blindness, and the colour of each {@link Tone}.
 */
public final class Palette {
    /** Okabe–Ito orange. */
    public static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    /** Okabe–Ito sky blue. */
    public static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
    /** Okabe–Ito bluish green. */
    public static final Color BLUISH_GREEN = new Color(0x00, 0x9E, 0x73);
    /** Okabe–Ito yellow. */
    public static final Color YELLOW = new Color(0xF0, 0xE4, 0x42);
    /** Okabe–Ito blue. */
    public static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    /** Okabe–Ito vermillion. */
    public static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    /** Okabe–Ito reddish purple. */
    public static final Color REDDISH_PURPLE = new Color(0xCC, 0x79, 0xA7);
    /** Okabe–Ito black. */
    public static final Color BLACK = Color.BLACK;
    /** A neutral grey for "no clear change" and for text that is not the message. */
    public static final Color GREY = new Color(0x99, 0x99, 0x99);
    /** A light grey for cells with incidents but no significant class. */
    public static final Color LIGHT_GREY = new Color(0xDD, 0xDD, 0xDD);

    private Palette() {
    }

    /**
     * @param tone a meaning
     * @return its colour
     */
    public static Color of(Tone tone) {
        return switch (tone) {
            case CURRENT -> BLUE;
            case PREVIOUS -> ORANGE;
            case INCREASE, HIGH -> VERMILLION;
            case DECREASE -> BLUE;
            case NEUTRAL -> GREY;
            case REFERENCE -> BLACK;
            case LIMIT -> REDDISH_PURPLE;
            case MEDIUM -> YELLOW;
            case LOW -> BLUISH_GREEN;
        };
    }

    /**
     * @param colour a colour
     * @param alpha 0 (transparent) to 255
     * @return the colour with that alpha
     */
    static Color withAlpha(Color colour, int alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }
}
