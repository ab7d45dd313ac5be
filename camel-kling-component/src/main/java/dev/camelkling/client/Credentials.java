package dev.camelkling.client;

/**
 * Produces the bearer token for the {@code Authorization} header. Implementations never reveal the secret in
 * {@code toString()}.
 */
public interface Credentials {

    /** The token to send after {@code "Bearer "}; valid at the moment of the call. */
    String bearerToken();

    /** Forget any cached token, so the next {@link #bearerToken()} signs a new one (after a 1003/1004 reply). */
    default void refresh() {
        // nothing cached by default
    }

    /**
     * Which account the credentials speak for, as a one-way fingerprint: tasks of the same account can share one
     * list query. Never the secret itself.
     */
    String account();

    static Credentials apiKey(String apiKey) {
        return new ApiKeyCredentials(apiKey);
    }

    static Credentials accessKey(String accessKey, String secretKey) {
        return new JwtCredentials(accessKey, secretKey, java.time.Clock.systemUTC());
    }
}
