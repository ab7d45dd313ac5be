package dev.camelkling.client;

import dev.camelkling.exceptions.KlingConfigurationException;

/** A Kling API key, sent as it is. */
public final class ApiKeyCredentials implements Credentials {

    private final String apiKey;

    public ApiKeyCredentials(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new KlingConfigurationException("apiKey", "must not be blank");
        }
        // keys read from files or env often end in a newline; the JDK would echo the whole header in its error
        this.apiKey = CredentialText.clean(apiKey, "apiKey");
    }

    @Override
    public String bearerToken() {
        return apiKey;
    }

    @Override
    public String account() {
        return "key:" + CredentialText.fingerprint(apiKey);
    }

    @Override
    public String toString() {
        return "ApiKeyCredentials[apiKey=xxxxxx]";
    }
}
