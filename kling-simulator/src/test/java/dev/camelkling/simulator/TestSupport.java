package dev.camelkling.simulator;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JWT, image, polling and callback helpers for the tests. */
final class TestSupport {

    private TestSupport() {
    }

    /** Builds an HS256 JWT by hand with javax.crypto, independent of the simulator's verifier. */
    static String jwt(String ak, String sk, long exp, long nbf) {
        String header = "{\"typ\":\"JWT\",\"alg\":\"HS256\"}"; // deliberately not the documented key order
        String payload = "{\"iss\":\"" + ak + "\",\"exp\":" + exp + ",\"nbf\":" + nbf + "}";
        Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
        String signingInput = enc.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                              + enc.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sk.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signingInput + "." + enc.encodeToString(mac.doFinal(signingInput.getBytes(
                    StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pngBase64(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode t2v(String prompt) {
        ObjectNode body = SimClient.MAPPER.createObjectNode();
        body.put("prompt", prompt);
        return body;
    }

    /**
     * Polls until the condition holds or fails after the timeout. The description is evaluated only then, so it can
     * (and should) name what was awaited and the last value the condition saw: {@code () -> "succeed, last " + last}.
     */
    static void await(Duration timeout, BooleanSupplier condition, Supplier<String> description) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for: " + description.get());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    static void await(BooleanSupplier condition, Supplier<String> description) {
        await(Duration.ofSeconds(10), condition, description);
    }

    /**
     * Waits until the simulator has recorded at least {@code count} callback attempts and returns their bodies in the
     * order they were recorded. Callbacks go out on the simulator's own threads even when its clock is stepped, so a
     * test that asserts their order steps the clock one status change at a time and waits for each.
     */
    static List<JsonNode> awaitCallbacks(KlingSimulator sim, int count) {
        await(() -> sim.callbacks().size() >= count,
                () -> count + " callbacks, last seen " + sim.callbacks().size() + ": " + sim.callbacks());
        return sim.callbacks().stream().map(c -> json(c.body())).toList();
    }

    static JsonNode json(String text) {
        try {
            return SimClient.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
