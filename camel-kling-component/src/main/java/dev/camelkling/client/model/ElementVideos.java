package dev.camelkling.client.model;

import java.util.List;

/**
 * {@code element_video_list} of a video-referenced element.
 *
 * @param referVideos exactly one video
 */
public record ElementVideos(List<ReferVideo> referVideos) {

    public ElementVideos {
        referVideos = referVideos == null ? null : List.copyOf(referVideos);
    }
}
