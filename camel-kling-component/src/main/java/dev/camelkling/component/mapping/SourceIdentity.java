package dev.camelkling.component.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;

/**
 * What identifies a route's input across runs, where Camel says it: the file a file, FTP or SFTP consumer read
 * (its path and host, size and modification time). An exchange id is new on every run, so an id derived from it
 * would buy a task again when an interrupted run hands the same file over again; a file's identity does not. The
 * kling endpoint the exchange is sent to is part of it, so two endpoints fed by the same file stay apart.
 */
final class SourceIdentity {

    private SourceIdentity() {
    }

    /** A short stable digest of the input, or empty when Camel gives nothing that outlives the exchange. */
    static Optional<String> of(Exchange exchange) {
        Message in = exchange.getMessage();
        Object path = in.getHeader(Exchange.FILE_PATH);
        if (path == null) {
            path = in.getHeader("CamelFileAbsolutePath");
        }
        if (path == null) {
            return Optional.empty();
        }
        String identity = "file|" + in.getHeader("CamelFileHost", "", String.class) + "|" + path + "|"
                          + in.getHeader(Exchange.FILE_LAST_MODIFIED, "", String.class) + "|"
                          + in.getHeader(Exchange.FILE_LENGTH, "", String.class) + "|"
                          + exchange.getProperty(ExchangePropertyKey.TO_ENDPOINT, "", String.class);
        return Optional.of(digest(identity));
    }

    /** 128 bits of SHA-256, in hex: unique enough per account, and it does not reveal the path or the URI. */
    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
