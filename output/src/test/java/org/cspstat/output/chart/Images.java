package org.cspstat.output.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/** Looks at a chart image: readable, of the asked size, not blank. */
public final class Images {
    private Images() {
    }

    /**
     * Reads a PNG with ImageIO and checks its size and that it is not blank.
     *
     * @param png the bytes
     * @param width the expected width
     * @param height the expected height
     * @return the image
     */
    public static BufferedImage checkPng(byte[] png, int width, int height) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertNotNull(image, "ImageIO could not read the PNG");
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        assertTrue(distinctColours(image) >= 20, "a blank image: " + distinctColours(image) + " colours");
        assertTrue(inkShare(image) > 0.01, "almost nothing drawn: " + inkShare(image));
        return image;
    }

    /** @return the number of distinct RGB colours */
    public static int distinctColours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int p : rgb(image)) {
            seen.add(p & 0xFFFFFF);
        }
        return seen.size();
    }

    /** @return the share of pixels that are not white */
    public static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int p : rgb(image)) {
            if ((p & 0xFFFFFF) != 0xFFFFFF) {
                ink++;
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }

    /** @return the number of pixels of exactly this colour */
    public static long pixels(BufferedImage image, Color colour) {
        long n = 0;
        int wanted = colour.getRGB() & 0xFFFFFF;
        for (int p : rgb(image)) {
            if ((p & 0xFFFFFF) == wanted) {
                n++;
            }
        }
        return n;
    }

    private static int[] rgb(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
