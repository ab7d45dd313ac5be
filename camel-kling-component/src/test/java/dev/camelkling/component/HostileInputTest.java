package dev.camelkling.component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.apache.camel.PropertyBindingException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.camelkling.exceptions.KlingValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Malformed input of every kind, fed through real routes: each is refused with a {@link KlingValidationException}
 * that names the field (or header) and says what is wrong, and the simulator receives nothing at all.
 */
class HostileInputTest extends KlingTestSupport {

    /** One malformed message: sent to {@code kling:<uri>} with this body and these headers. */
    record Case(String name, String uri, Object body, Map<String, Object> headers, String field, String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case of(String name, String uri, Object body, String field, String says, Object... headers) {
        Map<String, Object> h = new HashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            h.put((String) headers[i], headers[i + 1]);
        }
        return new Case(name, uri, body, h, field, says);
    }

    static Stream<Case> malformedMessages() {
        String longPrompt = "a".repeat(2501);
        return Stream.of(
                of("duration header that is not a number", "text2video", "a cat", KlingConstants.DURATION,
                        "whole number", KlingConstants.DURATION, "five"),
                of("duration that is not whole", "text2video?model=kling-v2-6", "a cat", KlingConstants.DURATION,
                        "whole number", KlingConstants.DURATION, 7.5),
                of("negative duration", "text2video?model=kling-v2-6", "a cat", "duration", "5",
                        KlingConstants.DURATION, -5),
                of("duration a model does not offer", "text2video?model=kling-v2-6", "a cat", "duration", "5",
                        KlingConstants.DURATION, 7),
                of("prompt one character too long", "text2video", longPrompt, "prompt", "2500"),
                of("negative prompt too long", "image-generation", "a cat", "negative_prompt", "2500",
                        KlingConstants.NEGATIVE_PROMPT, longPrompt),
                of("image that is not base64", "image2video?model=kling-v2-6", "a cat", KlingConstants.IMAGE,
                        "base64", KlingConstants.IMAGE, "not//base64!!"),
                of("image with a data: URI prefix", "image2video?model=kling-v2-6", "a cat", KlingConstants.IMAGE,
                        "data:", KlingConstants.IMAGE, "data:image/png;base64,iVBORw0KGgo="),
                of("image over 10 MB", "image2video?model=kling-v2-6", "a cat", "image", "10 MB",
                        KlingConstants.IMAGE, new byte[10 * 1024 * 1024 + 1]),
                of("image smaller than 300 px", "image2video?model=kling-v2-6", "a cat", "image", "300 px",
                        KlingConstants.IMAGE, png(200, 200)),
                of("image that is not a JPG or PNG", "avatar", "smile", "image", "JPG",
                        KlingConstants.IMAGE, "R0lGODlhAQABAAAAACw=", KlingConstants.AUDIO, "aud-1"),
                of("mode in the wrong case", "text2video?model=kling-v2-6", "a cat", "mode", "std",
                        KlingConstants.MODE, "PRO"),
                of("unknown model", "text2video", "a cat", "model_name", "kling-v9", KlingConstants.MODEL, "kling-v9"),
                of("unknown omni model", "omni-video?aspectRatio=16:9", "a cat", "model_name", "kling-video-o1",
                        KlingConstants.MODEL, "kling-v2-6"),
                of("cfg scale that is not a number", "text2video", "a cat", KlingConstants.CFG_SCALE, "number",
                        KlingConstants.CFG_SCALE, "high"),
                of("cfg scale out of range", "text2video?model=kling-v1", "a cat", "cfg_scale", "1",
                        KlingConstants.CFG_SCALE, 1.5),
                of("sound that is neither on nor off", "text2video", "a cat", KlingConstants.SOUND, "on/off",
                        KlingConstants.SOUND, "maybe"),
                of("aspect ratio Kling does not offer", "text2video?model=kling-v2-6", "a cat", "aspect_ratio", "16:9",
                        KlingConstants.ASPECT_RATIO, "4:5"),
                of("zero images", "image-generation?model=kling-v2-1", "a cat", "n", "1", KlingConstants.N, 0),
                of("image count that is not a number", "image-generation", "a cat", KlingConstants.N, "whole number",
                        KlingConstants.N, "many"),
                of("unknown raw field", "text2video", Map.of("prompt", "a cat", "promt", "typo"), "promt",
                        "not a"),
                of("raw field of the wrong type", "omni-video?aspectRatio=16:9",
                        Map.of("prompt", "a cat", "image_list", "first.png"), "image_list", "list"),
                of("raw flag of the wrong type", "omni-video?aspectRatio=16:9",
                        Map.of("prompt", "a cat", "multi_shot", List.of(1)), "multi_shot", "true or false"),
                of("the old model field", "text2video", Map.of("prompt", "a cat", "model", "kling-v2-6"), "model",
                        "model_name"),
                of("audio duration with two decimals", "text-to-audio", "rain on a roof", "duration", "decimal",
                        KlingConstants.DURATION, "4.55"),
                of("speech speed out of range", "tts?voiceId=oversea_male1", Map.of("text", "hello", "voice_speed", 5),
                        "voice_speed", "2"),
                of("video URL that is not http", "motion-control?characterOrientation=image&mode=std", null,
                        "video_url", "http", KlingConstants.IMAGE, "https://example.com/dancer.png",
                        KlingConstants.VIDEO, "ftp://example.com/moves.mp4"),
                of("unknown action", "custom-voice", null, KlingConstants.ACTION, "create",
                        KlingConstants.ACTION, "purge"),
                of("task without an id", "task", null, KlingConstants.TASK_ID, "required"),
                of("external task id expression that gives nothing", "text2video?externalTaskId=${header.order}",
                        "a cat", "externalTaskId", "no value"));
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").toD("kling:${header.uri}");
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedMessages")
    void isRefusedNamingTheFieldAndNothingIsSent(Case c) {
        Exchange out = template.request("direct:in", e -> {
            e.getMessage().setBody(c.body());
            e.getMessage().setHeaders(new HashMap<>(c.headers()));
            e.getMessage().setHeader("uri", c.uri());
        });

        assertThat(out.getException()).as(c.name()).isInstanceOf(KlingValidationException.class);
        KlingValidationException refused = (KlingValidationException) out.getException();
        assertThat(refused.getField()).as(c.name()).isEqualTo(c.field());
        assertThat(refused.getMessage()).as(c.name()).contains(c.says());
        assertThat(sim().requests()).as(c.name() + ": nothing may reach Kling").isEmpty();
    }

    /** One malformed endpoint option: refused naming {@code field}, with {@code says} in the refusal. */
    record BadOption(String uri, String field, String says) {
        @Override
        public String toString() {
            return uri;
        }
    }

    static Stream<BadOption> malformedOptions() {
        return Stream.of(
                new BadOption("kling:text2video?duration=five", "duration", "whole seconds, e.g. duration=5"),
                new BadOption("kling:text2video?duration=61", "duration", "between 1 and 60; got 61"),
                new BadOption("kling:text2video?sound=maybe", "sound", "not true or false"),
                new BadOption("kling:text2video?timeout=-5s", "timeout", "must be positive"),
                new BadOption("kling:text2video?pollMaxDelay=0", "pollMaxDelay", "must be positive"),
                new BadOption("kling:text2video?dialect=sora", "dialect",
                        "kling, kling2, openai, generations, apimodels"),
                new BadOption("kling:text2vidoe", "operation", "'text2vidoe' is not a Kling operation"),
                new BadOption("kling:lip-sync?dialect=openai&apiKey=k", "operation",
                        "not served by the openai dialect"),
                new BadOption("kling:text2video?downloadMaxSize=0", "downloadMaxSize", "at least 1, got 0"),
                new BadOption("kling:tts?voiceSpeed=5", "voiceSpeed", "between 0.8 and 2"),
                new BadOption("kling:text2video?cfgScale=2", "cfgScale", "between 0 and 1"),
                new BadOption("kling:image-generation?n=10", "n", "between 1 and 9"));
    }

    /**
     * The refusal names the option in its own words, not only by quoting the URI: a {@link KlingValidationException}
     * with the option as its field, or, for a value Camel cannot convert, Camel's binding error for that property.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedOptions")
    void aMalformedEndpointOptionFailsTheEndpointNamingTheOption(BadOption bad) {
        Throwable thrown = catchThrowable(() -> context.getEndpoint(bad.uri()).createProducer().start());

        KlingValidationException own = causeOf(thrown, KlingValidationException.class);
        PropertyBindingException binding = causeOf(thrown, PropertyBindingException.class);
        if (own != null) {
            assertThat(own.getField()).as(bad.uri()).isEqualTo(bad.field());
            assertThat(own.getMessage()).as(bad.uri()).contains(bad.says());
        } else {
            assertThat(binding).as(bad.uri() + " refused by " + thrown).isNotNull();
            assertThat(binding.getPropertyName()).as(bad.uri()).isEqualTo(bad.field());
            assertThat(binding.getCause().getMessage()).as(bad.uri()).contains(bad.says());
        }
        assertThat(sim().requests()).isEmpty();
    }

    static <T extends Throwable> T causeOf(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
