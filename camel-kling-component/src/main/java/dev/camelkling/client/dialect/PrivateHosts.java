package dev.camelkling.client.dialect;

import java.net.URI;
import java.util.Locale;

/**
 * Recognises URLs whose host is private by its name or literal address (no DNS lookup: validation must not touch the
 * network). The generations gateway lists private media URLs among its common errors (docs/kling-api-notes.md §14.2).
 */
final class PrivateHosts {

    private PrivateHosts() {
    }

    static boolean isPrivate(String url) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return false; // malformed URLs are the gateway's to refuse
        }
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".local")
                || host.endsWith(".internal") || host.equals("[::1]")) {
            return true;
        }
        String[] parts = host.split("\\.");
        if (parts.length != 4 || !host.matches("[0-9.]+")) {
            return false;
        }
        int a = Integer.parseInt(parts[0]);
        int b = Integer.parseInt(parts[1]);
        return a == 10 || a == 127 || a == 0 || (a == 169 && b == 254) || (a == 172 && b >= 16 && b <= 31)
                || (a == 192 && b == 168);
    }
}
