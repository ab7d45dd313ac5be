package dev.camelkling.client.model;

/**
 * One generated image.
 *
 * @param index        its position in the task's results (0-9)
 * @param url          where the image can be downloaded (kept 30 days)
 * @param watermarkUrl the watermarked copy, or {@code null}
 * @param type         what the image is, where Kling says (image-recognize's masks: {@code object_seg},
 *                     {@code head_seg}, {@code face_seg}, {@code cloth_seg}), else {@code null}
 * @param contains     whether the image holds what {@code type} names (image-recognize's {@code is_contain}), else
 *                     {@code null}
 */
public record ImageResult(int index, String url, String watermarkUrl, String type, Boolean contains) {

    public ImageResult(int index, String url, String watermarkUrl) {
        this(index, url, watermarkUrl, null, null);
    }
}
