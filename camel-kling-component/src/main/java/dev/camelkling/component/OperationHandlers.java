package dev.camelkling.component;

import java.util.HashMap;
import java.util.Map;

import dev.camelkling.client.model.KlingRequest;
import dev.camelkling.component.mapping.OptionValues;
import dev.camelkling.component.mapping.WireRequestMapper;
import dev.camelkling.operations.OperationSpec;
import dev.camelkling.operations.VideoOperations;

/** Assembles the handler of an endpoint's operation from its declaration, once per endpoint. */
final class OperationHandlers {

    private OperationHandlers() {
    }

    static OperationHandler forEndpoint(KlingEndpoint endpoint, KlingRuntime runtime) {
        OperationSpec<?> spec = endpoint.getSpec();
        OptionValues options = ConfigurationValues.of(endpoint.getConfiguration());
        return switch (spec.kind()) {
            case TASK -> create(endpoint, runtime, options, spec);
            case LIP_SYNC -> new LipSyncHandler(endpoint, runtime,
                    new WireRequestMapper<>(VideoOperations.LIP_SYNC.request(), options),
                    create(endpoint, runtime, options, VideoOperations.ADVANCED_LIP_SYNC));
            case SESSION -> session(endpoint, runtime, options, spec);
            case ASSETS -> AssetCalls.actions(endpoint, endpoint.getConfiguration().getAction(),
                    create(endpoint, runtime, options, spec));
            case ACCOUNT -> new AccountHandler(endpoint, runtime);
            case LOOKUP -> new GetTaskHandler(endpoint);
        };
    }

    /** The selection steps of a session and the editing task, by action (default create). */
    private static OperationHandler session(KlingEndpoint endpoint, KlingRuntime runtime, OptionValues options,
                                            OperationSpec<?> spec) {
        Map<String, OperationHandler> actions = new HashMap<>();
        actions.put(ActionHandler.CREATE, create(endpoint, runtime, options, spec));
        for (SelectionStep.Step step : SelectionStep.Step.values()) {
            actions.put(step.action(), new SelectionStep(endpoint, step));
        }
        return new ActionHandler(spec.uriName(), endpoint.getConfiguration().getAction(), actions);
    }

    private static <R extends KlingRequest> CreateTaskHandler<R> create(KlingEndpoint endpoint, KlingRuntime runtime,
                                                                        OptionValues options, OperationSpec<R> spec) {
        return new CreateTaskHandler<>(endpoint, runtime, new WireRequestMapper<>(spec.request(), options),
                spec);
    }
}
