package dev.camelkling.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The operations and synchronous calls the official handler serves, as data. */
final class OfficialCatalog {

    private final Assets assets;
    private final TaskStore store;
    private final AccountCostsCall accountCosts;
    private final TaskCreator creator;
    private final TaskJson taskJson;

    OfficialCatalog(Assets assets, TaskStore store, TaskCreator creator, TaskJson taskJson,
                    AccountCostsCall accountCosts) {
        this.accountCosts = accountCosts;
        this.store = store;
        this.assets = assets;
        this.creator = creator;
        this.taskJson = taskJson;
    }

    List<TaskOperation> operations() {
        List<TaskOperation> ops = new ArrayList<>();
        Text2VideoValidator t2v = new Text2VideoValidator();
        Image2VideoValidator i2v = new Image2VideoValidator();
        ops.add(op("text2video", (body, ctx) -> t2v.validate(body)));
        ops.add(op("image2video", (body, ctx) -> i2v.validate(body)));
        ops.add(op("multi-image2video", new MultiImage2VideoValidator()));
        ops.add(op("omni-video", new OmniVideoValidator()));
        ops.add(op("motion-control", new MotionControlValidator()));
        ops.add(op("video-extend", new VideoExtendValidator()));
        ops.add(op("avatar", new AvatarValidator()));
        ops.add(op("lip-sync", new LipSyncValidator()));
        ops.add(op("effects", new EffectsValidator()));
        ops.add(op("multi-elements", new MultiElementsValidator()));
        ops.add(op("text-to-audio", new TextToAudioValidator()));
        ops.add(op("video-to-audio", new VideoToAudioValidator()));
        ops.add(op("image-generation", new ImageGenerationValidator()));
        ops.add(op("omni-image", new OmniImageValidator()));
        ops.add(op("multi-image2image", new MultiImage2ImageValidator()));
        ops.add(op("image-expand", new ImageExpandValidator()));
        ops.add(op("virtual-try-on", new VirtualTryOnValidator()));
        ops.add(op("ai-multi-shot", new AiMultiShotValidator()));
        ops.add(new TaskOperation("custom-voice", OfficialPaths.TASKS.get("custom-voice"), new CustomVoiceValidator(),
                1000, (account, task) -> !assets.voiceDeleted(account, MediaUrls.voiceId(task.taskId()))));
        ops.add(new TaskOperation("element", OfficialPaths.TASKS.get("element"), new ElementValidator(), 500,
                (account, task) -> !assets.elementDeleted(account, task.taskId())));
        return ops;
    }

    Map<String, SyncCall> calls() {
        Map<String, SyncCall> calls = new LinkedHashMap<>();
        calls.put("POST " + OfficialPaths.IDENTIFY_FACE, new IdentifyFaceCall(assets));
        calls.put("POST " + OfficialPaths.IMAGE_RECOGNIZE, new ImageRecognizeCall(assets, creator, taskJson));
        new MultiElementsCalls(assets).register(calls);
        calls.put("POST " + OfficialPaths.TTS, new TtsCall(assets, creator, taskJson));
        new GeneralCalls(assets, store).register(calls);
        calls.put("GET " + OfficialPaths.ACCOUNT_COSTS, accountCosts);
        return calls;
    }

    private static TaskOperation op(String name, OperationValidator validator) {
        return new TaskOperation(name, OfficialPaths.TASKS.get(name), validator);
    }
}
