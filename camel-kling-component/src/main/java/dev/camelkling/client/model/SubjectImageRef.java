package dev.camelkling.client.model;

/**
 * One entry of multi-image2image's {@code subject_image_list}.
 *
 * @param subjectImage the subject image
 */
public record SubjectImageRef(MediaInput subjectImage) {
}
