package dev.camelkling.simulator;

import java.util.Map;

/**
 * The configured credentials: plain API keys and AK/SK pairs, each mapped to an account name.
 *
 * @param apiKeys    API key to account
 * @param accessKeys access key to its secret and account
 */
record Credentials(Map<String, String> apiKeys, Map<String, SecretAndAccount> accessKeys) {

    record SecretAndAccount(String secretKey, String account) {
    }

    Credentials {
        apiKeys = Map.copyOf(apiKeys);
        accessKeys = Map.copyOf(accessKeys);
    }
}
