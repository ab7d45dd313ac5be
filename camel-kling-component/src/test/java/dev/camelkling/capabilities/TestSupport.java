package dev.camelkling.capabilities;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import dev.camelkling.exceptions.KlingValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Generated test images and a rejection assertion shared by the tests of this package. */
final class TestSupport {

    private TestSupport() {
    }

    static byte[] png(int width, int height) {
        return encode(width, height, "png");
    }

    static byte[] jpeg(int width, int height) {
        return encode(width, height, "jpeg");
    }

    static byte[] gif(int width, int height) {
        return encode(width, height, "gif");
    }

    private static byte[] encode(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Asserts a {@link KlingValidationException} for {@code field} whose rule contains every keyword, and whose
     * message is the documented "Invalid Kling request: field rule".
     */
    static void assertRejected(ThrowingCallable call, String field, String... ruleKeywords) {
        assertThatThrownBy(call).isInstanceOfSatisfying(KlingValidationException.class, e -> {
            assertThat(e.getField()).isEqualTo(field);
            assertThat(e.getRule()).contains(ruleKeywords);
            assertThat(e.getMessage()).isEqualTo("Invalid Kling request: " + field + " " + e.getRule());
        });
    }
}
