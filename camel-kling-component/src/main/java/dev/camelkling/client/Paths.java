package dev.camelkling.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Ids travel in paths and query strings: encoded, so an odd external id cannot change the request. */
public final class Paths {

    private Paths() {
    }

    public static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
