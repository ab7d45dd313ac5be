package dev.camelkling.capabilities;

import dev.camelkling.client.model.TextToAudioRequest;

import static dev.camelkling.capabilities.Rules.invalid;

/** {@code text-to-audio} (docs/kling-api-notes.md §8.13): a prompt of at most 200 characters, 3.0 to 10.0 seconds. */
public final class TextToAudioValidator implements RequestValidator<TextToAudioRequest> {

    static final int MAX_PROMPT = 200;
    static final double MIN_SECONDS = 3.0;
    static final double MAX_SECONDS = 10.0;

    @Override
    public void validate(TextToAudioRequest r) {
        Rules.required(r.prompt(), "prompt");
        Rules.maxLength(r.prompt(), "prompt", MAX_PROMPT);
        Rules.required(r.duration(), "duration");
        if (r.duration().isNaN() || r.duration().isInfinite()) {
            throw invalid("duration", "must be a number of seconds");
        }
        Rules.range(r.duration(), "duration", MIN_SECONDS, MAX_SECONDS);
        Rules.oneDecimal(r.duration(), "duration");
        Rules.httpUrl(r.callbackUrl(), "callback_url");
    }
}
