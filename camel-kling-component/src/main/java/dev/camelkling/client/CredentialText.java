package dev.camelkling.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.camelkling.exceptions.KlingConfigurationException;

/** Trims a configured secret and refuses characters that cannot travel in an HTTP header, without echoing it. */
final class CredentialText {

    private CredentialText() {
    }

    static String clean(String value, String option) {
        String text = value.strip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new KlingConfigurationException(option, "contains a character that is not printable ASCII (at "
                                                              + i + "); check how the value is read");
            }
        }
        return text;
    }

    /** The first 64 bits of SHA-256: tells accounts apart without revealing the key. */
    static String fingerprint(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
