package dev.camelkling.client;

import java.time.Clock;
import java.time.Duration;

import dev.camelkling.exceptions.KlingConfigurationException;

/**
 * Access key + secret key signed into a short-lived HS256 JWT. The token is cached and signed anew well
 * before it expires, so a token past its lifetime is never sent even when a request waits in a queue.
 */
public final class JwtCredentials implements Credentials {

    /** Lifetime Kling's samples use; the accepted maximum is undocumented. */
    public static final Duration LIFETIME = Duration.ofMinutes(30);
    /** Tolerates clocks that run ahead of Kling's (the official sample uses 5 s). */
    public static final Duration NOT_BEFORE_SKEW = Duration.ofSeconds(5);
    /** A cached token is replaced once less than this remains, covering slow networks and retries. */
    public static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(5);

    private final String accessKey;
    private final String secretKey;
    private final Clock clock;
    private Token current;

    private record Token(String value, long expiresAt) {
    }

    public JwtCredentials(String accessKey, String secretKey, Clock clock) {
        if (accessKey == null || accessKey.isBlank()) {
            throw new KlingConfigurationException("accessKey", "must not be blank when signing tokens");
        }
        if (secretKey == null || secretKey.isBlank()) {
            throw new KlingConfigurationException("secretKey", "must not be blank when an accessKey is given");
        }
        this.accessKey = CredentialText.clean(accessKey, "accessKey");
        this.secretKey = CredentialText.clean(secretKey, "secretKey");
        this.clock = clock;
    }

    @Override
    public String account() {
        return "ak:" + CredentialText.fingerprint(accessKey);
    }

    @Override
    public synchronized String bearerToken() {
        long now = clock.instant().getEpochSecond();
        if (current == null || current.expiresAt() - now < RENEW_BEFORE_EXPIRY.toSeconds()) {
            long exp = now + LIFETIME.toSeconds();
            current = new Token(Hs256Jwt.sign(accessKey, secretKey, exp, now - NOT_BEFORE_SKEW.toSeconds()), exp);
        }
        return current.value();
    }

    @Override
    public synchronized void refresh() {
        current = null;
    }

    @Override
    public String toString() {
        return "JwtCredentials[accessKey=xxxxxx, secretKey=xxxxxx]";
    }
}
