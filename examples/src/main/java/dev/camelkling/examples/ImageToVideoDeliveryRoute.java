package dev.camelkling.examples;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.aws2.s3.AWS2S3Constants;

import dev.camelkling.component.KlingConstants;

/**
 * Image in, video out, link mailed: GET the first frame over HTTP, animate it with {@code kling:image2video},
 * upload the MP4 to S3, presign a download link and mail it with the task id.
 */
public class ImageToVideoDeliveryRoute extends RouteBuilder {

    public static final String ROUTE_ID = "image-to-video-delivery";
    public static final String MODEL = "kling-v2-6";
    public static final String KLING_URI = "kling:image2video?model=" + MODEL + "&mode=std&duration=5&download=true";

    private static final String LOG_NAME = ImageToVideoDelivery.class.getName();
    private static final String LINK = "downloadLink";
    private static final String DELIVERY = "delivery";

    private final ImageToVideoDelivery.Config config;
    private final AtomicReference<ImageToVideoDelivery.Delivered> delivered = new AtomicReference<>();

    public ImageToVideoDeliveryRoute(ImageToVideoDelivery.Config config) {
        this.config = config;
    }

    @Override
    public void configure() {
        ImageToVideoDelivery.S3Target s3 = config.s3();
        Duration linkValidity = s3.linkValidity();

        onException(Exception.class)
                .handled(true)
                .log(LoggingLevel.ERROR, LOG_NAME, "Nothing delivered: ${exception}");

        from("timer:image-to-video?repeatCount=1&delay=0")
                .routeId(ROUTE_ID)
                .log(LoggingLevel.INFO, LOG_NAME, "Fetching the first frame from " + config.imageUrl())
                // camel-http: GET the image (a non-2xx reply fails the exchange)
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .to(config.imageUrl())
                .convertBodyTo(byte[].class)
                // the HTTP reply's headers are meant neither for Kling nor S3 nor the mail
                .removeHeaders("*")
                // the image bytes are the first frame (sent as raw base64), the body is the prompt
                .setHeader(KlingConstants.IMAGE, body())
                .setBody(constant(config.prompt()))
                .log(LoggingLevel.INFO, LOG_NAME, "Animating it with " + MODEL + ": ${body}")
                .to(KLING_URI)
                // the body is now the MP4 as a stream; S3 stores it under the task id (camel-aws2-s3 reads a stream
                // of unknown length into memory first to learn its size: fine for clips of a few MB)
                .setHeader(AWS2S3Constants.KEY, simple(s3.keyPrefix() + "${header." + KlingConstants.TASK_ID + "}.mp4"))
                .setHeader(AWS2S3Constants.CONTENT_TYPE, constant("video/mp4"))
                .to(s3.uri())
                .log(LoggingLevel.INFO, LOG_NAME, "Stored s3://" + s3.bucket() + "/${header." + AWS2S3Constants.KEY
                                                  + "}")
                // a presigned GET link, so that the recipient needs no AWS credentials
                .setHeader(AWS2S3Constants.DOWNLOAD_LINK_EXPIRATION_TIME, constant(linkValidity.toMillis()))
                .to(s3.uri() + "?operation=createDownloadLink")
                .setProperty(LINK, body())
                .process(this::notification)
                .to(config.mail().uri())
                .process(exchange -> delivered.set(exchange.getProperty(DELIVERY,
                        ImageToVideoDelivery.Delivered.class)))
                .log(LoggingLevel.INFO, LOG_NAME, "Mailed the link to " + config.mail().to());
    }

    /** Turns the message into the notification mail. */
    private void notification(Exchange exchange) {
        Message message = exchange.getMessage();
        String taskId = message.getHeader(KlingConstants.TASK_ID, String.class);
        String key = message.getHeader(AWS2S3Constants.KEY, String.class);
        String link = exchange.getProperty(LINK, String.class);
        BigDecimal units = message.getHeader(KlingConstants.UNITS_DEDUCTED, BigDecimal.class);
        String seconds = message.getHeader(KlingConstants.VIDEO_DURATION, String.class);
        long hours = config.s3().linkValidity().toHours();
        String text = """
                Your Kling video is ready.

                Kling task:  %s
                Stored as:   s3://%s/%s
                Download:    %s
                             (the link works for %d hours)

                First frame: %s
                Prompt:      %s
                Model:       %s, %s s, %s units
                """.formatted(taskId, config.s3().bucket(), key, link, hours, config.imageUrl(), config.prompt(), MODEL,
                seconds, units == null ? "?" : units.toPlainString());
        // only the mail's own headers go to the SMTP server
        message.removeHeaders("*");
        message.setHeader("Subject", "Kling video ready: " + key);
        message.setBody(text);
        exchange.setProperty(DELIVERY, new ImageToVideoDelivery.Delivered(taskId, config.s3().bucket(), key, link));
    }

    /** What was delivered, once the mail has been handed to the SMTP server. */
    Optional<ImageToVideoDelivery.Delivered> delivered() {
        return Optional.ofNullable(delivered.get());
    }
}
