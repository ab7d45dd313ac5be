package dev.camelkling.simulator;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.jcodec.api.awt.AWTSequenceEncoder;
import org.jcodec.common.io.ByteBufferSeekableByteChannel;
import org.jcodec.common.model.Rational;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a short, real H.264 MP4 (320x180, 12 fps, 1.5 s) showing the prompt and a moving circle,
 * so downstream code (upload, mail, ffprobe) handles a genuine video. Encoded in memory.
 */
final class VideoRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(VideoRenderer.class);
    static final int WIDTH = 320;
    static final int HEIGHT = 180;
    static final int FPS = 12;
    static final int FRAMES = 18;
    private static final int BUFFER_BYTES = 8 * 1024 * 1024; // far above the ~100 KB such a clip needs
    private static final int LINE_CHARS = 38;
    private static final int MAX_LINES = 5;

    static {
        // Rendering must work on servers without a display; only set it when the host application has not.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private volatile boolean fontsBroken;

    byte[] render(String taskId, String caption) {
        try {
            ByteBufferSeekableByteChannel channel = ByteBufferSeekableByteChannel.writeToByteBuffer(ByteBuffer.allocate(
                    BUFFER_BYTES));
            AWTSequenceEncoder encoder = new AWTSequenceEncoder(channel, Rational.R(FPS, 1));
            List<String> lines = wrap(caption);
            Color background = Color.getHSBColor((Math.abs(taskId.hashCode()) % 360) / 360f, 0.45f, 0.35f);
            for (int frame = 0; frame < FRAMES; frame++) {
                encoder.encodeImage(frame(frame, background, lines));
            }
            encoder.finish();
            ByteBuffer contents = channel.getContents();
            byte[] bytes = new byte[contents.remaining()];
            contents.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode simulated video", e);
        }
    }

    private BufferedImage frame(int frame, Color background, List<String> lines) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(background);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            int x = 20 + (frame * (WIDTH - 80)) / (FRAMES - 1);
            g.setColor(new Color(255, 200, 40));
            g.fillOval(x, HEIGHT - 60, 40, 40);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(2f));
            g.drawRect(4, 4, WIDTH - 9, HEIGHT - 9);
            drawText(g, frame, lines);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Text needs fonts; a JVM without usable fonts throws Errors here, so fall back to shapes only. */
    private void drawText(Graphics2D g, int frame, List<String> lines) {
        if (fontsBroken) {
            return;
        }
        try {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            int y = 22;
            for (String line : lines) {
                g.drawString(line, 12, y);
                y += 15;
            }
            g.drawString("kling-simulator  frame " + (frame + 1) + "/" + FRAMES, 12, HEIGHT - 10);
        } catch (RuntimeException | Error e) { // e.g. InternalError / UnsatisfiedLinkError from fontconfig
            fontsBroken = true;
            LOG.warn("Font rendering unavailable, simulated videos will show shapes only: {}", e.toString());
        }
    }

    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (text == null ? "" : text).trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.length() > LINE_CHARS) {
                word = word.substring(0, LINE_CHARS - 1) + "…";
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
                if (lines.size() == MAX_LINES) {
                    String last = lines.remove(MAX_LINES - 1);
                    lines.add(last.length() > LINE_CHARS - 1 ? last.substring(0, LINE_CHARS - 1) + "…" : last + "…");
                    return lines;
                }
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
