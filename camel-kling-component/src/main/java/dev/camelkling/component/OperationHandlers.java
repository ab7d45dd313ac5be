package dev.camelkling.component;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.camelkling.capabilities.CapabilityMap;
import dev.camelkling.capabilities.Image2VideoValidator;
import dev.camelkling.capabilities.Text2VideoValidator;
import dev.camelkling.client.Image2VideoWriter;
import dev.camelkling.client.RequestJson;
import dev.camelkling.client.Text2VideoWriter;
import dev.camelkling.client.model.Image2VideoRequest;
import dev.camelkling.client.model.KlingRequest;
import dev.camelkling.client.model.Text2VideoRequest;
import dev.camelkling.component.CreateTaskHandler.Shape;
import dev.camelkling.component.mapping.Image2VideoMapper;
import dev.camelkling.component.mapping.Text2VideoMapper;
import dev.camelkling.component.mapping.WireRequestMapper;
import dev.camelkling.tasks.TypicalDurations;

/** Assembles each operation from its mapper, validator and writer, once per endpoint. */
final class OperationHandlers {

    private OperationHandlers() {
    }

    static OperationHandler forEndpoint(KlingEndpoint endpoint, KlingRuntime runtime) {
        KlingConfiguration options = endpoint.getConfiguration();
        ObjectMapper json = runtime.objectMapper();
        CapabilityMap capabilities = CapabilityMap.defaults();
        return switch (endpoint.getKlingOperation()) {
            case TEXT2VIDEO -> new CreateTaskHandler<>(endpoint, runtime, new Text2VideoMapper(options),
                    new Text2VideoValidator(capabilities), new Text2VideoWriter(json), new Shape<>(
                            Text2VideoRequest::externalTaskId,
                            Text2VideoRequest::model, r -> TypicalDurations.video(r.model(), r.mode(), r.duration())));
            case IMAGE2VIDEO -> new CreateTaskHandler<>(endpoint, runtime, new Image2VideoMapper(options),
                    new Image2VideoValidator(capabilities), new Image2VideoWriter(json), new Shape<>(
                            Image2VideoRequest::externalTaskId,
                            Image2VideoRequest::model, r -> TypicalDurations.video(r.model(), r.mode(), r.duration())));
            case TASK -> new GetTaskHandler(endpoint);
            case ACCOUNT -> new AccountHandler(endpoint, runtime);
            case LIP_SYNC -> new LipSyncHandler(endpoint, runtime, new WireRequestMapper<>(
                    TaskOperations.LIP_SYNC_INPUT,
                    options), create(endpoint, runtime, options, TaskOperations.ADVANCED_LIP_SYNC));
            case MULTI_ELEMENTS -> multiElements(endpoint, runtime, options);
            case CUSTOM_VOICE -> AssetCalls.actions(endpoint, runtime, options, operation(endpoint), AssetCalls.VOICES);
            case ELEMENT -> AssetCalls.actions(endpoint, runtime, options, operation(endpoint), AssetCalls.ELEMENTS);
            default -> dataDriven(endpoint, runtime, options);
        };
    }

    private static OperationHandler dataDriven(KlingEndpoint endpoint, KlingRuntime runtime,
                                               KlingConfiguration options) {
        return create(endpoint, runtime, options, operation(endpoint));
    }

    private static TaskOperation<?> operation(KlingEndpoint endpoint) {
        return TaskOperations.of(endpoint.getKlingOperation())
                .orElseThrow(() -> new IllegalStateException("no handler for " + endpoint.getOperation()));
    }

    /** The selection steps of a session and the editing task, by action (default create). */
    private static OperationHandler multiElements(KlingEndpoint endpoint, KlingRuntime runtime,
                                                  KlingConfiguration options) {
        Map<String, OperationHandler> actions = new HashMap<>();
        actions.put(ActionHandler.CREATE, dataDriven(endpoint, runtime, options));
        for (SelectionStep.Step step : SelectionStep.Step.values()) {
            actions.put(step.action(), new SelectionStep(endpoint, step));
        }
        return new ActionHandler(endpoint.getKlingOperation().uriName(), options.getAction(), actions);
    }

    static <R extends KlingRequest> CreateTaskHandler<R> create(KlingEndpoint endpoint, KlingRuntime runtime,
                                                                KlingConfiguration options,
                                                                TaskOperation<R> operation) {
        return new CreateTaskHandler<>(endpoint, runtime, new WireRequestMapper<>(operation.shape(), options),
                operation.validator(), RequestJson::write, operation.engineShape());
    }
}
