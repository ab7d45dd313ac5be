package dev.camelkling.client.model;

/** {@code watermark_info}: whether Kling also renders a watermarked copy of each result. */
public record WatermarkInfo(Boolean enabled) {
}
