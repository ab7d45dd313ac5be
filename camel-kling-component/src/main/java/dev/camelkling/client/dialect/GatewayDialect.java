package dev.camelkling.client.dialect;

import java.util.Set;

import dev.camelkling.client.Dialect;

/**
 * What the documented gateways have in common (docs/kling-api-notes.md §14): text and image to video only, API keys
 * only, no external ids, no list, and no callback payload the component reads.
 */
abstract class GatewayDialect implements Dialect {

    private final String name;

    GatewayDialect(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public Set<String> operations() {
        return Set.of("text2video", "image2video");
    }

    @Override
    public String externalTaskPath(String operation, String externalTaskId) {
        return null;
    }

    @Override
    public String listPath(String operation, int pageNum, int pageSize) {
        return null;
    }

    /** All three gateway pages send a ratio with an image (docs/kling-api-notes.md §14). */
    @Override
    public boolean takesImageAspectRatio() {
        return true;
    }

    @Override
    public boolean acceptsCallbackUrl() {
        return false;
    }

    @Override
    public boolean acceptsAccessKeys() {
        return false;
    }
}
