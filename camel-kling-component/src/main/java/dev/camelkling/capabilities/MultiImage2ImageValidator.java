package dev.camelkling.capabilities;

import java.util.List;
import java.util.Set;

import dev.camelkling.client.model.MultiImage2ImageRequest;
import dev.camelkling.client.model.SubjectImageRef;

/** {@code multi-image2image} (docs/kling-api-notes.md §8.16): one to four subjects, an optional scene and style. */
public final class MultiImage2ImageValidator implements RequestValidator<MultiImage2ImageRequest> {

    static final Set<String> MODELS = Sets.of("kling-v2", "kling-v2-1");
    static final int MIN_SUBJECTS = 1;
    static final int MAX_SUBJECTS = 4;

    @Override
    public void validate(MultiImage2ImageRequest r) {
        Rules.oneOf(r.modelName(), "model_name", MODELS);
        Rules.maxLength(r.prompt(), "prompt", Rules.MAX_PROMPT);
        List<SubjectImageRef> subjects = r.subjectImageList();
        Rules.required(subjects, "subject_image_list");
        Rules.count(subjects, "subject_image_list", MIN_SUBJECTS, MAX_SUBJECTS);
        for (int i = 0; i < subjects.size(); i++) {
            SubjectImageRef s = subjects.get(i);
            String field = "subject_image_list[" + i + "].subject_image";
            Rules.required(s == null ? null : s.subjectImage(), field);
            Rules.image(s.subjectImage(), field);
        }
        Rules.image(r.sceneImage(), "scene_image");
        Rules.image(r.styleImage(), "style_image");
        ImageRules.n(r.n());
        Rules.oneOf(r.aspectRatio(), "aspect_ratio", ImageRules.ASPECT_RATIOS);
        Rules.httpUrl(r.callbackUrl(), "callback_url");
    }
}
