package dev.camelkling.component;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.camelkling.capabilities.CapabilityMap;
import dev.camelkling.capabilities.Image2VideoValidator;
import dev.camelkling.capabilities.Text2VideoValidator;
import dev.camelkling.client.Image2VideoWriter;
import dev.camelkling.client.Text2VideoWriter;
import dev.camelkling.client.model.Image2VideoRequest;
import dev.camelkling.client.model.Text2VideoRequest;
import dev.camelkling.component.mapping.Image2VideoMapper;
import dev.camelkling.component.mapping.Text2VideoMapper;

/** Assembles each operation from its mapper, validator and writer, once per endpoint. */
final class OperationHandlers {

    private OperationHandlers() {
    }

    static OperationHandler forEndpoint(KlingEndpoint endpoint) {
        KlingConfiguration options = endpoint.getConfiguration();
        ObjectMapper json = endpoint.getComponent().getObjectMapper();
        CapabilityMap capabilities = CapabilityMap.defaults();
        return switch (endpoint.getKlingOperation()) {
            case TEXT2VIDEO -> new CreateTaskHandler<>(endpoint, new Text2VideoMapper(options),
                    new Text2VideoValidator(capabilities), new Text2VideoWriter(json), Text2VideoRequest::externalTaskId);
            case IMAGE2VIDEO -> new CreateTaskHandler<>(endpoint, new Image2VideoMapper(options),
                    new Image2VideoValidator(capabilities), new Image2VideoWriter(json), Image2VideoRequest::externalTaskId);
            case TASK -> new GetTaskHandler(endpoint);
        };
    }
}
