package dev.camelkling.client.model;

import java.util.List;

/**
 * {@code element_image_list} of an image-referenced element.
 *
 * @param frontalImage the subject from the front
 * @param referImages 1 to 3 more views
 */
public record ElementImages(MediaInput frontalImage, List<ReferImage> referImages) {

    public ElementImages {
        referImages = referImages == null ? null : List.copyOf(referImages);
    }
}
