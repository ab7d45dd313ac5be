package dev.camelkling.capabilities;

import java.util.List;
import java.util.Set;

import dev.camelkling.client.model.ElementImages;
import dev.camelkling.client.model.ElementRequest;
import dev.camelkling.client.model.ElementTag;
import dev.camelkling.client.model.ElementVideos;
import dev.camelkling.client.model.ReferImage;
import dev.camelkling.client.model.ReferVideo;

import static dev.camelkling.capabilities.Rules.invalid;

/** {@code element} create (docs/kling-api-notes.md §8.15): a named subject from images or from one video. */
public final class ElementValidator implements RequestValidator<ElementRequest> {

    static final int MAX_NAME = 20;
    static final int MAX_DESCRIPTION = 100;
    static final Set<String> REFERENCE_TYPES = Sets.of("image_refer", "video_refer");
    static final int MIN_REFER_IMAGES = 1;
    static final int MAX_REFER_IMAGES = 3;
    static final int REFER_VIDEOS = 1;
    /** o_101 meme, o_102 person, o_103 animal, o_104 prop, o_105 clothing, o_106 scene, o_107 effect, o_108 other. */
    static final Set<String> TAGS = Sets.of("o_101", "o_102", "o_103", "o_104", "o_105", "o_106", "o_107", "o_108");

    @Override
    public void validate(ElementRequest r) {
        Rules.required(r.elementName(), "element_name");
        Rules.maxLength(r.elementName(), "element_name", MAX_NAME);
        Rules.required(r.elementDescription(), "element_description");
        Rules.maxLength(r.elementDescription(), "element_description", MAX_DESCRIPTION);
        Rules.required(r.referenceType(), "reference_type");
        Rules.oneOf(r.referenceType(), "reference_type", REFERENCE_TYPES);
        if ("image_refer".equals(r.referenceType())) {
            if (r.elementVideoList() != null) {
                throw invalid("element_video_list", "only applies with reference_type video_refer");
            }
            images(r.elementImageList());
        } else {
            if (r.elementImageList() != null) {
                throw invalid("element_image_list", "only applies with reference_type image_refer");
            }
            videos(r.elementVideoList());
        }
        List<ElementTag> tags = r.tagList() == null ? List.of() : r.tagList();
        for (int i = 0; i < tags.size(); i++) {
            ElementTag tag = tags.get(i);
            Rules.required(tag == null ? null : tag.tagId(), "tag_list[" + i + "].tag_id");
            Rules.oneOf(tag.tagId(), "tag_list[" + i + "].tag_id", TAGS);
        }
        Rules.httpUrl(r.callbackUrl(), "callback_url");
    }

    private static void images(ElementImages images) {
        Rules.required(images, "element_image_list");
        Rules.required(images.frontalImage(), "element_image_list.frontal_image");
        Rules.image(images.frontalImage(), "element_image_list.frontal_image");
        List<ReferImage> refers = images.referImages();
        Rules.count(refers, "element_image_list.refer_images", MIN_REFER_IMAGES, MAX_REFER_IMAGES);
        for (int i = 0; i < refers.size(); i++) {
            ReferImage refer = refers.get(i);
            String field = "element_image_list.refer_images[" + i + "].image_url";
            Rules.required(refer == null ? null : refer.imageUrl(), field);
            Rules.image(refer.imageUrl(), field);
        }
    }

    private static void videos(ElementVideos videos) {
        Rules.required(videos, "element_video_list");
        List<ReferVideo> refers = videos.referVideos();
        Rules.count(refers, "element_video_list.refer_videos", REFER_VIDEOS, REFER_VIDEOS);
        ReferVideo video = refers.get(0);
        String field = "element_video_list.refer_videos[0].video_url";
        Rules.required(video == null ? null : video.videoUrl(), field);
        Rules.httpUrl(video.videoUrl(), field);
    }
}
