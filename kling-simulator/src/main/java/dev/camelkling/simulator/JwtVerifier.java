package dev.camelkling.simulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Verifies the AK/SK JWT of the legacy design: HS256, {@code iss} = access key, HMAC keyed with the secret key.
 * Claims are read from parsed JSON, so any key order or spacing the client produces is fine.
 */
final class JwtVerifier {

    private final Credentials credentials;
    private final Clock clock;

    JwtVerifier(Credentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    /** Returns the account of a valid token; throws the matching 401 business error otherwise. */
    String verify(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw invalid();
        }
        JsonNode header = decodeJson(parts[0]);
        JsonNode payload = decodeJson(parts[1]);
        if (!"HS256".equals(header.path("alg").asText(null))) {
            throw invalid();
        }
        String issuer = payload.path("iss").asText(null);
        Credentials.SecretAndAccount secret = issuer == null ? null : credentials.accessKeys().get(issuer);
        if (secret == null) {
            throw invalid();
        }
        byte[] expected = hmac(secret.secretKey(), parts[0] + "." + parts[1]);
        byte[] actual;
        try {
            actual = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!MessageDigest.isEqual(expected, actual)) { // constant-time compare
            throw invalid();
        }
        long now = clock.instant().getEpochSecond();
        JsonNode nbf = payload.get("nbf");
        if (nbf != null && !nbf.isNumber()) {
            throw invalid();
        }
        if (nbf != null && nbf.asLong() > now) {
            throw new ApiException(401, 1003, "token not yet valid");
        }
        JsonNode exp = payload.get("exp");
        if (exp == null || !exp.isNumber()) {
            throw invalid(); // the documented sample always sets exp; an unbounded token is treated as invalid
        }
        if (exp.asLong() <= now) {
            throw new ApiException(401, 1004, "token expired");
        }
        return secret.account();
    }

    private static JsonNode decodeJson(String segment) {
        try {
            JsonNode node = Json.parseLenient(new String(Base64.getUrlDecoder().decode(segment),
                    StandardCharsets.UTF_8));
            if (!node.isObject()) {
                throw invalid();
            }
            return node;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static byte[] hmac(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    static ApiException invalid() {
        return new ApiException(401, 1002, "Authorization is invalid");
    }
}
