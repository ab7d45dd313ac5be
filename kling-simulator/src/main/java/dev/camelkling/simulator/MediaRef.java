package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A source video as {@code task_info.parent_video} shows it.
 *
 * @param id       the source's {@code videos[].id} (or a synthetic {@code src-...} id for a video given by URL)
 * @param url      its URL
 * @param seconds  its length in seconds
 */
record MediaRef(String id, String url, double seconds) {

    ObjectNode json() {
        ObjectNode node = Json.object();
        node.put("id", id);
        node.put("url", url);
        node.put("duration", Output.seconds(seconds));
        return node;
    }

    long millis() {
        return Math.round(seconds * 1000);
    }
}
