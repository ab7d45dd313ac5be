package dev.camelkling.capabilities;

import dev.camelkling.client.model.ImageRecognizeRequest;

/** {@code image-recognize} (docs/kling-api-notes.md §8.19): one image. */
public final class ImageRecognizeValidator implements RequestValidator<ImageRecognizeRequest> {

    @Override
    public void validate(ImageRecognizeRequest r) {
        Rules.required(r.image(), "image");
        Rules.image(r.image(), "image");
    }
}
