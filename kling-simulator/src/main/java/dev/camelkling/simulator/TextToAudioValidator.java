package dev.camelkling.simulator;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Create rules for {@code POST /v1/audio/text-to-audio} (docs/kling-api-notes.md §8.13): a prompt of at most 200
 * characters and a JSON-number duration from 3.0 to 10.0 with at most one decimal. Units 0.25.
 */
final class TextToAudioValidator implements OperationValidator {

    static final int PROMPT_MAX = 200;

    @Override
    public CreateRequest validate(JsonNode body, Context ctx) {
        Rules.body(body);
        String prompt = Rules.required(body, "prompt", "prompt", PROMPT_MAX);
        if (!Rules.present(body, "duration")) {
            throw ApiException.invalidParam("duration is required");
        }
        double seconds = Rules.number(body, "duration", "duration", 3, 10, 0);
        if (Math.abs(seconds * 10 - Math.rint(seconds * 10)) > 1e-9) {
            throw Rules.invalid("duration", "must have at most one decimal");
        }
        Rules.Common common = Rules.common(body);
        return Rules.request("text-to-audio", "", "", (int) Math.ceil(seconds), true, common, List.of(prompt), null,
                Output.audios(seconds, "0.25"));
    }
}
