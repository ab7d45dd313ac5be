package dev.camelkling.component;

import java.util.List;
import java.util.Map;

import dev.camelkling.capabilities.CustomVoiceValidator;
import dev.camelkling.capabilities.ElementValidator;
import dev.camelkling.capabilities.ImageExpandValidator;
import dev.camelkling.capabilities.ImageGenerationValidator;
import dev.camelkling.capabilities.MultiImage2ImageValidator;
import dev.camelkling.capabilities.OmniImageValidator;
import dev.camelkling.capabilities.TextToAudioValidator;
import dev.camelkling.capabilities.TtsValidator;
import dev.camelkling.capabilities.VideoToAudioValidator;
import dev.camelkling.capabilities.VirtualTryOnValidator;
import dev.camelkling.client.model.CustomVoiceRequest;
import dev.camelkling.client.model.ElementRequest;
import dev.camelkling.client.model.ImageExpandRequest;
import dev.camelkling.client.model.ImageGenerationRequest;
import dev.camelkling.client.model.MultiImage2ImageRequest;
import dev.camelkling.client.model.OmniImageRequest;
import dev.camelkling.client.model.TextToAudioRequest;
import dev.camelkling.client.model.TtsRequest;
import dev.camelkling.client.model.VideoToAudioRequest;
import dev.camelkling.client.model.VirtualTryOnRequest;
import dev.camelkling.component.mapping.FieldSource;
import dev.camelkling.component.mapping.FieldSource.ValueKind;
import dev.camelkling.component.mapping.FieldSources;
import dev.camelkling.component.mapping.RequestShape;
import dev.camelkling.tasks.TypicalDurations;

import static dev.camelkling.component.mapping.FieldSources.ASPECT_RATIO;
import static dev.camelkling.component.mapping.FieldSources.CALLBACK_URL;
import static dev.camelkling.component.mapping.FieldSources.MODEL_NAME;
import static dev.camelkling.component.mapping.FieldSources.N;
import static dev.camelkling.component.mapping.FieldSources.NEGATIVE_PROMPT;
import static dev.camelkling.component.mapping.FieldSources.PROMPT;
import static dev.camelkling.component.mapping.FieldSources.RESOLUTION;
import static dev.camelkling.component.mapping.FieldSources.WATERMARK;

/** The audio, image, voice and element operations as data (merged into {@link TaskOperations}). */
final class MediaOperations {

    /** text-to-audio's duration is a float of seconds, 4.5 say, not the video operations' string enum. */
    static final FieldSource AUDIO_SECONDS = new FieldSource("duration", KlingConfiguration::getDuration,
            KlingConstants.DURATION, ValueKind.DECIMAL);
    static final FieldSource VOICE_ID = new FieldSource("voice_id", KlingConfiguration::getVoiceId,
            KlingConstants.VOICE_ID, ValueKind.TEXT);
    static final FieldSource VOICE_LANGUAGE = new FieldSource("voice_language", KlingConfiguration::getVoiceLanguage,
            null, ValueKind.TEXT);
    static final FieldSource VOICE_SPEED = new FieldSource("voice_speed", KlingConfiguration::getVoiceSpeed, null,
            ValueKind.DECIMAL);
    static final FieldSource RESULT_TYPE = new FieldSource("result_type", KlingConfiguration::getResultType, null,
            ValueKind.TEXT);
    static final FieldSource SERIES_AMOUNT = new FieldSource("series_amount", KlingConfiguration::getSeriesAmount,
            null, ValueKind.WHOLE);
    /** A video URL, or else a Kling video id (a String body). */
    static final String VIDEO_URL_OR_ID = FieldSources.VIDEO_ID_OR_URL.wirePath();
    /** A voice clip (or video) URL, or else a Kling video id. */
    static final String VOICE_URL_OR_VIDEO_ID = RequestShape.urlOrId("voice_url", "video_id");

    static final Map<KlingOperation, TaskOperation<?>> OPERATIONS = Map.ofEntries(
            Map.entry(KlingOperation.TEXT_TO_AUDIO, new TaskOperation<>(
                    new RequestShape<>(TextToAudioRequest.class, "prompt", null,
                            List.of(PROMPT, AUDIO_SECONDS, CALLBACK_URL), true),
                    new TextToAudioValidator(), r -> typical(KlingOperation.TEXT_TO_AUDIO))),
            Map.entry(KlingOperation.VIDEO_TO_AUDIO, new TaskOperation<>(
                    new RequestShape<>(VideoToAudioRequest.class, VIDEO_URL_OR_ID, null,
                            List.of(FieldSources.VIDEO_ID_OR_URL, CALLBACK_URL), true),
                    new VideoToAudioValidator(), r -> typical(KlingOperation.VIDEO_TO_AUDIO))),
            // synchronous: the create answers with the finished task; no external id, no callback
            Map.entry(KlingOperation.TTS, new TaskOperation<>(
                    new RequestShape<>(TtsRequest.class, "text", null,
                            List.of(VOICE_ID, VOICE_LANGUAGE, VOICE_SPEED), false),
                    new TtsValidator(), r -> typical(KlingOperation.TTS), r -> 1, false)),
            Map.entry(KlingOperation.IMAGE_GENERATION, new TaskOperation<>(
                    new RequestShape<>(ImageGenerationRequest.class, "prompt", "image",
                            List.of(MODEL_NAME, PROMPT, NEGATIVE_PROMPT, FieldSources.image("image"), N, RESOLUTION,
                                    ASPECT_RATIO, WATERMARK, CALLBACK_URL), true),
                    new ImageGenerationValidator(), r -> typical(KlingOperation.IMAGE_GENERATION),
                    r -> images(r.n()), true)),
            Map.entry(KlingOperation.OMNI_IMAGE, new TaskOperation<>(
                    new RequestShape<>(OmniImageRequest.class, "prompt", null,
                            List.of(MODEL_NAME, PROMPT, RESOLUTION, RESULT_TYPE, SERIES_AMOUNT, N, ASPECT_RATIO,
                                    WATERMARK, CALLBACK_URL), true),
                    new OmniImageValidator(), r -> typical(KlingOperation.OMNI_IMAGE), OmniImageValidator::slots,
                    true)),
            Map.entry(KlingOperation.MULTI_IMAGE2IMAGE, new TaskOperation<>(
                    new RequestShape<>(MultiImage2ImageRequest.class, "prompt", null,
                            List.of(MODEL_NAME, PROMPT, N, ASPECT_RATIO, WATERMARK, CALLBACK_URL), true),
                    new MultiImage2ImageValidator(), r -> typical(KlingOperation.MULTI_IMAGE2IMAGE),
                    r -> images(r.n()), true)),
            Map.entry(KlingOperation.IMAGE_EXPAND, new TaskOperation<>(
                    new RequestShape<>(ImageExpandRequest.class, "prompt", "image",
                            List.of(FieldSources.image("image"), PROMPT, N, WATERMARK, CALLBACK_URL), true),
                    new ImageExpandValidator(), r -> typical(KlingOperation.IMAGE_EXPAND), r -> images(r.n()),
                    true)),
            Map.entry(KlingOperation.VIRTUAL_TRY_ON, new TaskOperation<>(
                    new RequestShape<>(VirtualTryOnRequest.class, null, "human_image",
                            List.of(MODEL_NAME, FieldSources.image("human_image"), CALLBACK_URL), true),
                    new VirtualTryOnValidator(), r -> typical(KlingOperation.VIRTUAL_TRY_ON))),
            Map.entry(KlingOperation.CUSTOM_VOICE, new TaskOperation<>(
                    new RequestShape<>(CustomVoiceRequest.class, "voice_name", null,
                            List.of(new FieldSource(VOICE_URL_OR_VIDEO_ID, null, KlingConstants.VIDEO,
                                    ValueKind.TEXT),
                                    new FieldSource("voice_url", null, KlingConstants.AUDIO, ValueKind.TEXT),
                                    CALLBACK_URL), true),
                    new CustomVoiceValidator(), r -> typical(KlingOperation.CUSTOM_VOICE))),
            Map.entry(KlingOperation.ELEMENT, new TaskOperation<>(
                    new RequestShape<>(ElementRequest.class, null, null, List.of(CALLBACK_URL), true),
                    new ElementValidator(), r -> typical(KlingOperation.ELEMENT))));

    private MediaOperations() {
    }

    private static java.time.Duration typical(KlingOperation operation) {
        return TypicalDurations.operation(operation.uriName());
    }

    /** An image task takes one slot of the image pack per image (docs/kling-api-notes.md §10.1). */
    private static int images(Integer n) {
        return n == null ? 1 : Math.max(1, n);
    }
}
