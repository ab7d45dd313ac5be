package dev.camelkling.component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.Message;
import org.apache.camel.support.DefaultMessage;

import dev.camelkling.client.KlingClient;
import dev.camelkling.client.KlingException;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.ResultFile;
import dev.camelkling.client.model.TaskStatus;

/**
 * Puts a finished task on a message, the same way for the producer's wait mode and for the consumer: headers, and
 * as body the task or, with {@code download=true}, a stream of its first result. With {@code splitResults=true}
 * the body is a list of one message per result file, which Camel's splitter turns into one exchange each.
 */
final class ResultWriter {

    private ResultWriter() {
    }

    static CompletableFuture<Void> write(Message message, KlingTask task, KlingClient client, boolean download,
                                         boolean split) {
        TaskHeaders.write(message, task);
        if (task.status() != TaskStatus.SUCCEED) {
            message.setBody(task);
            return CompletableFuture.completedFuture(null);
        }
        if (split) {
            return split(message, task, client, download);
        }
        if (!download) {
            message.setBody(task);
            return CompletableFuture.completedFuture(null);
        }
        String url = task.firstResultUrl();
        if (url == null) {
            return CompletableFuture.failedFuture(noResult(task));
        }
        return stream(message, client, url).thenAccept(message::setBody);
    }

    /** One message per result file: headers of the task plus the file's index and URL; body the URL or stream. */
    private static CompletableFuture<Void> split(Message message, KlingTask task, KlingClient client,
                                                 boolean download) {
        List<ResultFile> files = task.resultFiles();
        if (files.isEmpty()) {
            return CompletableFuture.failedFuture(noResult(task));
        }
        List<Message> parts = new ArrayList<>();
        List<CompletableFuture<Void>> downloads = new ArrayList<>();
        for (ResultFile file : files) {
            Message part = new DefaultMessage(message.getExchange().getContext());
            part.setHeaders(new java.util.HashMap<>(message.getHeaders()));
            part.setHeader(KlingConstants.RESULT_INDEX, file.index());
            part.setHeader(KlingConstants.RESULT_URL, file.url());
            if (file.watermarkUrl() == null) {
                part.removeHeader(KlingConstants.WATERMARK_URL);
            } else {
                part.setHeader(KlingConstants.WATERMARK_URL, file.watermarkUrl());
            }
            part.setBody(download ? null : file.url());
            if (download) {
                downloads.add(stream(message, client, file.url()).thenAccept(part::setBody));
            }
            parts.add(part);
        }
        return CompletableFuture.allOf(downloads.toArray(CompletableFuture[]::new))
                .thenRun(() -> message.setBody(parts));
    }

    private static CompletableFuture<KlingResultStream> stream(Message message, KlingClient client, String url) {
        return client.download(url).thenApply(body -> {
            KlingResultStream stream = new KlingResultStream(body);
            // a route that fails before reading the result must not keep the connection open
            message.getExchange().getExchangeExtension().addOnCompletion(new StreamCloser(stream));
            return stream;
        });
    }

    private static KlingException noResult(KlingTask task) {
        return new KlingException("Kling task " + task.taskId() + " succeeded without a result URL to download");
    }
}
