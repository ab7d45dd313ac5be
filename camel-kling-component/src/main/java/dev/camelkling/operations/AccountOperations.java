package dev.camelkling.operations;

import java.util.List;

import dev.camelkling.capabilities.CustomVoiceValidator;
import dev.camelkling.capabilities.ElementValidator;
import dev.camelkling.client.model.CustomVoiceRequest;
import dev.camelkling.client.model.ElementRequest;
import dev.camelkling.client.model.KlingRequest;
import dev.camelkling.operations.FieldSource.ValueKind;
import dev.camelkling.operations.OperationSpec.Kind;

import static dev.camelkling.operations.FieldSources.CALLBACK_URL;

/**
 * The operations on what an account owns: custom voices, elements, resource packs, and any task by id
 * (docs/kling-api-notes.md §8.14, §8.15, §9). Which pack voice and element tasks count against is not documented:
 * they are not governed.
 */
public final class AccountOperations {

    static final String URI_NAMES = "custom-voice,element,account,task";
    /** Those whose tasks can be looked up by id. */
    static final String TASK_URI_NAMES = "custom-voice,element";

    /** Create (a task), get, list, delete custom voices; list the preset ones (action option). */
    public static final OperationSpec<CustomVoiceRequest> CUSTOM_VOICE = OperationSpec
            .task("custom-voice", "/v1/general/custom-voices", CustomVoiceRequest.class)
            .assets(new AssetActions("/v1/general/presets-voices", "/v1/general/delete-voices", "voice_id",
                    Headers.VOICE_ID, false, 1000, "voices"))
            .textBody("voice_name")
            .fields(FieldSource.header(RequestShape.urlOrId("voice_url", "video_id"), Headers.VIDEO, ValueKind.TEXT),
                    FieldSource.header("voice_url", Headers.AUDIO, ValueKind.TEXT), CALLBACK_URL)
            .validator(new CustomVoiceValidator()).typicalSeconds(60)
            .price(r -> Quote.fixed("custom-voice")).build();

    /** Create (a task), get, list, delete elements; list the preset ones (action option). */
    public static final OperationSpec<ElementRequest> ELEMENT = OperationSpec
            .task("element", "/v1/general/advanced-custom-elements", ElementRequest.class)
            .assets(new AssetActions("/v1/general/advanced-presets-elements", "/v1/general/delete-elements",
                    "element_id", Headers.ELEMENT_ID, true, 500, "elements"))
            .fields(CALLBACK_URL).validator(new ElementValidator()).typicalSeconds(60)
            .price(r -> Quote.fixed("element")).build();

    /** The resource packs and their remaining units; free to call, at most once a second. */
    public static final OperationSpec<KlingRequest> ACCOUNT = OperationSpec.call("account", Kind.ACCOUNT,
            "/account/costs");

    /** Fetch one task (of the operation named by the taskOperation option) by task id or external id. */
    public static final OperationSpec<KlingRequest> TASK = OperationSpec.call("task", Kind.LOOKUP, null);

    static final List<OperationSpec<?>> ALL = List.of(CUSTOM_VOICE, ELEMENT, ACCOUNT, TASK);

    private AccountOperations() {
    }
}
