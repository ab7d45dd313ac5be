package dev.camelkling.capabilities;

import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.VideoExtendRequest;

import static dev.camelkling.capabilities.TestSupport.assertRejected;
import static org.assertj.core.api.Assertions.assertThatCode;

class VideoExtendValidatorTest {

    private final VideoExtendValidator validator = new VideoExtendValidator();

    private void assertInvalid(VideoExtendRequest r, String field, String... keywords) {
        assertRejected(() -> validator.validate(r), field, keywords);
    }

    @Test
    void videoIdAloneAndWithEveryOptionPass() {
        assertThatCode(() -> validator.validate(new VideoExtendRequest("867283741759111202", null, null, null, null,
                null, null))).doesNotThrowAnyException();
        assertThatCode(() -> validator.validate(new VideoExtendRequest("v1", "then it rains", "blur", 1.0, null, null,
                null))).doesNotThrowAnyException();
    }

    @Test
    void videoIdIsRequired() {
        assertInvalid(new VideoExtendRequest(null, "p", null, null, null, null, null), "video_id", "is required");
    }

    @Test
    void videoIdIsNotAUrl() {
        assertInvalid(new VideoExtendRequest("https://cdn.example.com/x.mp4", null, null, null, null, null, null),
                "video_id", "not a URL");
    }

    @Test
    void promptIsAtMost2500Characters() {
        assertInvalid(new VideoExtendRequest("v1", "x".repeat(2501), null, null, null, null, null), "prompt", "2500");
    }

    @Test
    void negativePromptIsAtMost2500Characters() {
        assertInvalid(new VideoExtendRequest("v1", null, "x".repeat(2501), null, null, null, null), "negative_prompt",
                "2500");
    }

    @Test
    void cfgScaleIsBetweenZeroAndOne() {
        assertInvalid(new VideoExtendRequest("v1", null, null, 1.5, null, null, null), "cfg_scale", "between 0 and 1");
        assertInvalid(new VideoExtendRequest("v1", null, null, -0.1, null, null, null), "cfg_scale", "between 0 and 1");
    }
}
