package dev.camelkling.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs the JWT Kling expects from an access key and secret key (docs/kling-api-notes.md §2.1). A page of JDK code is
 * clearer than a JWT library for one fixed header and three numeric claims.
 */
public final class Hs256Jwt {

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = B64URL.encodeToString(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private Hs256Jwt() {
    }

    /**
     * @param issuer    the access key ({@code iss})
     * @param secret    the secret key, used as the HMAC key (UTF-8 bytes)
     * @param expiresAt {@code exp}, epoch seconds
     * @param notBefore {@code nbf}, epoch seconds
     */
    public static String sign(String issuer, String secret, long expiresAt, long notBefore) {
        String payload = "{\"iss\":\"" + escape(issuer) + "\",\"exp\":" + expiresAt + ",\"nbf\":" + notBefore + "}";
        String signingInput = HEADER + "." + B64URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64URL.encodeToString(signature);
        } catch (GeneralSecurityException e) {
            // HmacSHA256 is mandatory in every JRE; reaching this is a broken runtime
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
