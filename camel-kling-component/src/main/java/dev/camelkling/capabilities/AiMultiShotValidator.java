package dev.camelkling.capabilities;

import dev.camelkling.client.model.AiMultiShotRequest;

/** {@code ai-multi-shot} (docs/kling-api-notes.md §8.18): one frontal image of the subject. */
public final class AiMultiShotValidator implements RequestValidator<AiMultiShotRequest> {

    @Override
    public void validate(AiMultiShotRequest r) {
        Rules.required(r.elementFrontalImage(), "element_frontal_image");
        Rules.image(r.elementFrontalImage(), "element_frontal_image");
        Rules.httpUrl(r.callbackUrl(), "callback_url");
    }
}
