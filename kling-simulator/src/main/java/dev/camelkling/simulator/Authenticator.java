package dev.camelkling.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Map;

/**
 * Turns an {@code Authorization} header into an account name.
 * A token with two dots is a JWT; anything else must be a configured API key.
 */
final class Authenticator {

    private static final String BEARER = "Bearer ";

    private final Credentials credentials;
    private final JwtVerifier jwtVerifier;

    Authenticator(Credentials credentials, Clock clock) {
        this.credentials = credentials;
        this.jwtVerifier = new JwtVerifier(credentials, clock);
    }

    /** Returns the account, or throws a 401 business error (1001-1004). Never logs the token. */
    String authenticate(String authorizationHeader) {
        if (authorizationHeader == null || authorizationHeader.isBlank()) {
            throw new ApiException(401, 1001, "Authorization is empty");
        }
        if (!authorizationHeader.startsWith(BEARER)) {
            throw JwtVerifier.invalid();
        }
        String token = authorizationHeader.substring(BEARER.length());
        if (token.isEmpty() || token.startsWith(" ")) {
            throw JwtVerifier.invalid(); // exactly one space is the documented transport
        }
        if (token.chars().filter(c -> c == '.').count() == 2) {
            return jwtVerifier.verify(token);
        }
        return apiKeyAccount(token);
    }

    /**
     * For designs that take an API key only (the new Kling design, the gateways): a JWT is just a wrong key.
     * Returns the account, or throws 401 with code 1001 (header missing or blank) or 1002 (anything else).
     */
    String authenticateApiKey(String authorizationHeader) {
        if (authorizationHeader == null || authorizationHeader.isBlank()) {
            throw new ApiException(401, 1001, "Authorization is empty");
        }
        if (!authorizationHeader.startsWith(BEARER)) {
            throw JwtVerifier.invalid();
        }
        return apiKeyAccount(authorizationHeader.substring(BEARER.length()));
    }

    private String apiKeyAccount(String token) {
        byte[] presented = token.getBytes(StandardCharsets.UTF_8);
        String account = null;
        // Compare against every key without short-circuit so timing does not reveal which prefix matched.
        for (Map.Entry<String, String> e : credentials.apiKeys().entrySet()) {
            if (MessageDigest.isEqual(presented, e.getKey().getBytes(StandardCharsets.UTF_8))) {
                account = e.getValue();
            }
        }
        if (account == null) {
            throw JwtVerifier.invalid();
        }
        return account;
    }
}
