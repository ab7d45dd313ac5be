package dev.camelkling.simulator;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Small real PNGs (long side {@value #LONG_SIDE} px): a gradient with a label, the aspect ratio as requested. */
final class ImageRenderer {

    static final int LONG_SIDE = 256;
    private static final Logger LOG = LoggerFactory.getLogger(ImageRenderer.class);
    private static final Map<String, int[]> RATIOS = Map.of(
            "16:9", new int[]{16, 9}, "9:16", new int[]{9, 16}, "1:1", new int[]{1, 1},
            "4:3", new int[]{4, 3}, "3:4", new int[]{3, 4}, "3:2", new int[]{3, 2}, "2:3", new int[]{2, 3},
            "21:9", new int[]{21, 9});

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private volatile boolean fontsBroken;

    /** Width and height for an aspect ratio such as "16:9" ("auto" and unknown ratios give a square). */
    static int[] size(String aspectRatio) {
        int[] r = RATIOS.getOrDefault(aspectRatio, new int[]{1, 1});
        return size(r[0], r[1]);
    }

    /** Width and height with the long side {@value #LONG_SIDE} for a width:height ratio. */
    static int[] size(double w, double h) {
        if (w >= h) {
            return new int[]{LONG_SIDE, Math.max(1, (int) Math.round(LONG_SIDE * h / w))};
        }
        return new int[]{Math.max(1, (int) Math.round(LONG_SIDE * w / h)), LONG_SIDE};
    }

    byte[] png(int width, int height, String label) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            float hue = (Math.abs(label.hashCode()) % 360) / 360f;
            g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.6f, 0.9f), width, height,
                    Color.getHSBColor(hue + 0.3f, 0.6f, 0.4f)));
            g.fillRect(0, 0, width, height);
            drawLabel(g, label, height);
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    /**
     * A segmentation mask (our drawing): black background, the found region white (an ellipse in the middle);
     * all black when nothing was found.
     */
    byte[] mask(int width, int height, boolean found) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, width, height);
            if (found) {
                g.setColor(Color.WHITE);
                g.fillOval(width / 4, height / 4, width / 2, height / 2);
            }
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    private static byte[] encode(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode simulated image", e);
        }
    }

    private void drawLabel(Graphics2D g, String label, int height) {
        if (fontsBroken) {
            return;
        }
        try {
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            g.drawString("kling-simulator", 6, 14);
            g.drawString(label, 6, Math.max(28, height - 8));
        } catch (RuntimeException | Error e) { // no usable fonts on this host
            fontsBroken = true;
            LOG.warn("Font rendering unavailable, simulated images will show gradients only: {}", e.toString());
        }
    }
}
