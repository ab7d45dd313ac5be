package dev.camelkling.component;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.Exchange;

import dev.camelkling.exceptions.KlingValidationException;
import dev.camelkling.tasks.TaskTracker.Tracking;

/**
 * Operations with several actions (custom-voice, element, multi-elements): the {@code CamelKlingAction} header, or
 * the action option, picks the handler per message.
 */
final class ActionHandler implements OperationHandler {

    static final String CREATE = "create";

    private final Map<String, OperationHandler> actions;
    private final String defaultAction;
    private final String operation;

    ActionHandler(String operation, String defaultAction, Map<String, OperationHandler> actions) {
        this.operation = operation;
        this.defaultAction = defaultAction == null ? CREATE : defaultAction;
        this.actions = Map.copyOf(actions);
        if (!this.actions.containsKey(this.defaultAction)) {
            throw new KlingValidationException("action", unknown(this.defaultAction));
        }
    }

    @Override
    public OperationHandler select(Exchange exchange) {
        String action = exchange.getMessage().getHeader(KlingConstants.ACTION, defaultAction, String.class).strip();
        OperationHandler handler = actions.get(action);
        if (handler == null) {
            throw new KlingValidationException(KlingConstants.ACTION, unknown(action));
        }
        return handler;
    }

    private String unknown(String action) {
        return "'" + action + "' is not an action of " + operation + "; use one of "
               + new java.util.TreeSet<>(actions.keySet());
    }

    @Override
    public CompletableFuture<Tracking> start(Exchange exchange) {
        return select(exchange).start(exchange);
    }

    @Override
    public boolean createsTask() {
        return actions.get(defaultAction).createsTask();
    }
}
