package dev.camelkling.component;

import java.util.concurrent.CompletableFuture;

import org.apache.camel.Message;

import dev.camelkling.client.KlingClient;
import dev.camelkling.client.KlingException;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.TaskStatus;

/**
 * Puts a finished task on a message, the same way for the producer's wait mode and for the consumer: headers, and
 * as body the task or, with {@code download=true}, a stream of its first result.
 */
final class ResultWriter {

    private ResultWriter() {
    }

    static CompletableFuture<Void> write(Message message, KlingTask task, KlingClient client, boolean download) {
        TaskHeaders.write(message, task);
        if (!download || task.status() != TaskStatus.SUCCEED) {
            message.setBody(task);
            return CompletableFuture.completedFuture(null);
        }
        String url = task.firstResultUrl();
        if (url == null) {
            return CompletableFuture.failedFuture(new KlingException("Kling task " + task.taskId()
                                                                     + " succeeded without a result URL to download"));
        }
        return client.download(url).thenAccept(body -> {
            KlingResultStream stream = new KlingResultStream(body);
            message.setBody(stream);
            // a route that fails before reading the video must not keep the connection open
            message.getExchange().getExchangeExtension().addOnCompletion(new StreamCloser(stream));
        });
    }
}
