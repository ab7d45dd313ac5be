package dev.camelkling.capabilities;

import java.util.Set;

import dev.camelkling.client.model.VirtualTryOnRequest;

/** {@code virtual-try-on} (docs/kling-api-notes.md §8.17): a person and a garment. */
public final class VirtualTryOnValidator implements RequestValidator<VirtualTryOnRequest> {

    static final Set<String> MODELS = Sets.of("kolors-virtual-try-on-v1", "kolors-virtual-try-on-v1-5");

    @Override
    public void validate(VirtualTryOnRequest r) {
        Rules.oneOf(r.modelName(), "model_name", MODELS);
        Rules.required(r.humanImage(), "human_image");
        Rules.image(r.humanImage(), "human_image");
        Rules.required(r.clothImage(), "cloth_image");
        Rules.image(r.clothImage(), "cloth_image");
        Rules.httpUrl(r.callbackUrl(), "callback_url");
    }
}
