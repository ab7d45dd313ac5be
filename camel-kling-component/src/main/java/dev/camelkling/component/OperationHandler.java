package dev.camelkling.component;

import java.util.concurrent.CompletableFuture;

import org.apache.camel.Exchange;

import dev.camelkling.tasks.TaskTracker.Tracking;

/** What one operation does with a message before the common waiting and result handling. */
interface OperationHandler {

    /**
     * Creates or fetches the task, and says how to track it. Bad input throws
     * {@link dev.camelkling.exceptions.KlingValidationException} right away, before anything is sent.
     */
    CompletableFuture<Tracking> start(Exchange exchange);

    /** True when {@link #start} creates a new task (fire-and-forget then answers with its id). */
    boolean createsTask();

    /**
     * {@code dryRun=true}: validates and prices the message without sending anything; the body becomes a
     * {@link dev.camelkling.cost.CostEstimate}. Only operations that create a task can be priced.
     */
    default void dryRun(Exchange exchange) {
        throw new dev.camelkling.exceptions.KlingValidationException("dryRun",
                "prices task-creating operations only; this call creates no task (set dryRun=false)");
    }

    /** The handler for this message: itself, or the one the message's action picks. */
    default OperationHandler select(Exchange exchange) {
        return this;
    }
}
