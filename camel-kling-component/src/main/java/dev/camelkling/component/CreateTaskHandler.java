package dev.camelkling.component;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.apache.camel.Exchange;

import dev.camelkling.capabilities.RequestValidator;
import dev.camelkling.client.RequestWriter;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.component.mapping.ExternalTaskIds;
import dev.camelkling.component.mapping.RequestMapper;

/** Map, validate, write, create: the same four steps for every operation that starts a task. */
final class CreateTaskHandler<R> implements OperationHandler {

    private final KlingEndpoint endpoint;
    private final RequestMapper<R> mapper;
    private final RequestValidator<R> validator;
    private final RequestWriter<R> writer;
    private final Function<R, String> externalTaskId;

    CreateTaskHandler(KlingEndpoint endpoint, RequestMapper<R> mapper, RequestValidator<R> validator,
                      RequestWriter<R> writer, Function<R, String> externalTaskId) {
        this.endpoint = endpoint;
        this.mapper = mapper;
        this.validator = validator;
        this.writer = writer;
        this.externalTaskId = externalTaskId;
    }

    @Override
    public CompletableFuture<KlingTask> start(Exchange exchange) {
        R request = mapper.map(exchange);
        validator.validate(request);
        Duration timeout = Duration.ofMillis(endpoint.getConfiguration().getTimeout());
        return endpoint.getClient().createTask(endpoint.getOperation(), writer.write(request),
                externalTaskId.apply(request), endpoint.getComponent().getClock().instant().plus(timeout))
                .thenApply(task -> {
                    ExternalTaskIds.recordCreated(exchange);
                    return task;
                });
    }

    @Override
    public boolean createsTask() {
        return true;
    }
}
