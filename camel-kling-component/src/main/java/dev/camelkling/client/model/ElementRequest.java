package dev.camelkling.client.model;

import java.util.List;

/**
 * {@code kling:element}: creates an element (a reusable subject) from images or a video ({@code POST /v1/general/advanced-custom-elements}).
 *
 * @param elementName at most 20 characters
 * @param elementDescription at most 100 characters
 * @param referenceType image_refer or video_refer
 * @param elementImageList for image_refer
 * @param elementVideoList for video_refer
 */
public record ElementRequest(String elementName, String elementDescription, String referenceType,
        ElementImages elementImageList, ElementVideos elementVideoList, String elementVoiceId,
        List<ElementTag> tagList, String callbackUrl, String externalTaskId) implements KlingRequest {

    public ElementRequest {
        tagList = tagList == null ? null : List.copyOf(tagList);
    }
}
