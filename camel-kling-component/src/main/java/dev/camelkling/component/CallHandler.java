package dev.camelkling.component;

import java.util.concurrent.CompletableFuture;

import org.apache.camel.Exchange;

import dev.camelkling.tasks.TaskTracker.Tracking;

/**
 * An operation step that is a plain call, not a task: the account query, a preset list, a delete, a selection
 * step. Its answer goes on the message directly.
 */
interface CallHandler extends OperationHandler {

    /** Sends the call and writes its answer on the message. Bad input throws before anything is sent. */
    CompletableFuture<Void> call(Exchange exchange);

    @Override
    default CompletableFuture<Tracking> start(Exchange exchange) {
        throw new UnsupportedOperationException("a call has no task to track");
    }

    @Override
    default boolean createsTask() {
        return false;
    }
}
