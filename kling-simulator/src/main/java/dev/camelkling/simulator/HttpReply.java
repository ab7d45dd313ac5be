package dev.camelkling.simulator;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

/** A fully built HTTP response, so faults can replace it before anything is written. */
record HttpReply(int status, String contentType, byte[] body) {

    static HttpReply json(int status, JsonNode node) {
        return new HttpReply(status, "application/json", Json.write(node).getBytes(StandardCharsets.UTF_8));
    }

    static HttpReply text(int status, String contentType, String body) {
        return new HttpReply(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }
}
