package dev.camelkling.component;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.support.SynchronizationAdapter;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.TaskStatus;
import dev.camelkling.exceptions.KlingTaskFailedException;
import dev.camelkling.tasks.TaskTracker;
import dev.camelkling.tasks.TaskTracker.Tracking;

/**
 * Asynchronous producer: the calling thread returns as soon as the create is on its way; the exchange
 * continues when the task is finished, on the component's completion pool. No thread waits for a task.
 */
public class KlingProducer extends DefaultAsyncProducer {

    private final KlingEndpoint endpoint;
    private final KlingRuntime runtime;
    private final OperationHandler handler;

    KlingProducer(KlingEndpoint endpoint, KlingRuntime runtime, OperationHandler handler) {
        super(endpoint);
        this.endpoint = endpoint;
        this.runtime = runtime;
        this.handler = handler;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        runtime.useHealthCheck(endpoint.getClient(), Duration.ofMillis(endpoint.getConfiguration().getReadTimeout()));
    }

    @Override
    protected void doStop() throws Exception {
        runtime.releaseHealthCheck(endpoint.getClient());
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Instant started = runtime.clock().instant();
        CompletableFuture<Void> done;
        try {
            OperationHandler chosen = handler.select(exchange);
            if (endpoint.getConfiguration().isDryRun()) {
                // priced, nothing sent
                chosen.dryRun(exchange);
                callback.done(true);
                return true;
            }
            done = chosen instanceof CallHandler call ? call.call(exchange)
                    : chosen.start(exchange).thenCompose(tracking -> finish(exchange, chosen, tracking, started));
        } catch (RuntimeException e) {
            // invalid input: nothing was sent
            exchange.setException(OptionNames.forRoute(e));
            callback.done(true);
            return true;
        }
        done.whenCompleteAsync((ignored, error) -> {
            if (error != null) {
                exchange.setException(OptionNames.forRoute(unwrap(error)));
            }
            callback.done(false);
        }, runtime.completionExecutor());
        return false;
    }

    private CompletableFuture<Void> finish(Exchange exchange, OperationHandler handler, Tracking tracking,
                                           Instant started) {
        KlingConfiguration config = endpoint.getConfiguration();
        Message message = exchange.getMessage();
        KlingTask task = tracking.task();
        // the task id is on the message from now on, so a timeout can still be resumed from the route
        TaskHeaders.write(message, task);
        if (!config.isWaitForCompletion()) {
            message.setBody(handler.createsTask() ? task.taskId() : task);
            if (handler.createsTask()) {
                // nobody waits here: the tracker keeps an eye on it for a kling consumer
                runtime.tracker().watch(tracking);
            }
            return CompletableFuture.completedFuture(null);
        }
        Duration timeout = Duration.ofMillis(config.getTimeout());
        TaskTracker tracker = runtime.tracker();
        ExpectedDurationHeaders.write(message, tracker.durations(), tracking);
        Tracking tracked = config.getProgressUri() == null ? tracking
                : tracking.withProgress(new ProgressSender(exchange, runtime.progressTemplate(), config
                        .getProgressUri()));
        return tracker.await(tracked, started.plus(timeout), timeout).thenCompose(finished -> {
            if (finished.status() == TaskStatus.FAILED) {
                // the route is told by the exception; a redelivery may then buy a new try
                tracker.forget(tracking.record());
            } else {
                // the record stays until the exchange is done: if the application dies while the result travels
                // on through the route, a consumer delivers it after the restart instead of it being lost
                exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                    @Override
                    public void onDone(Exchange done) {
                        tracker.forget(tracking.record());
                    }
                });
            }
            return deliver(message, finished);
        });
    }

    private CompletableFuture<Void> deliver(Message message, KlingTask task) {
        if (task.status() == TaskStatus.FAILED) {
            TaskHeaders.write(message, task);
            throw new KlingTaskFailedException(task.taskId(), task.statusMessage());
        }
        return ResultWriter.write(message, task, endpoint.getClient(), endpoint.getConfiguration().isDownload(),
                endpoint.getConfiguration().isSplitResults());
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
