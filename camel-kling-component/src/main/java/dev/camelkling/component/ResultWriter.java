package dev.camelkling.component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.Message;
import org.apache.camel.support.DefaultMessage;

import dev.camelkling.client.KlingClient;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.ResultFile;
import dev.camelkling.client.model.TaskStatus;
import dev.camelkling.exceptions.KlingException;

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
        List<KlingResultStream> opened = java.util.Collections.synchronizedList(new ArrayList<>());
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
                downloads.add(client.download(file.url()).thenAccept(body -> {
                    KlingResultStream stream = new KlingResultStream(body);
                    opened.add(stream);
                    part.setBody(stream);
                }));
            }
            parts.add(part);
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(downloads.toArray(CompletableFuture[]::new));
        // the closers are registered on one thread, once every download has answered, failed ones included
        return all.handle((ignored, error) -> {
            synchronized (opened) {
                opened.forEach(stream -> closeWhenDone(message, stream));
            }
            if (error != null) {
                throw error instanceof java.util.concurrent.CompletionException c ? c
                        : new java.util.concurrent.CompletionException(error);
            }
            message.setBody(parts);
            return null;
        });
    }

    private static CompletableFuture<KlingResultStream> stream(Message message, KlingClient client, String url) {
        return client.download(url).thenApply(body -> {
            KlingResultStream stream = new KlingResultStream(body);
            closeWhenDone(message, stream);
            return stream;
        });
    }

    /** A route that fails, or drops a part, before reading a result must not keep its connection open. */
    private static void closeWhenDone(Message message, KlingResultStream stream) {
        message.getExchange().getExchangeExtension().addOnCompletion(new StreamCloser(stream));
    }

    private static KlingException noResult(KlingTask task) {
        return new KlingException("Kling task " + task.taskId() + " succeeded without a result URL to download");
    }
}
