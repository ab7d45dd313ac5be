package dev.camelkling.examples;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelkling.simulator.KlingSimulator;
import dev.camelkling.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ImageToVideoDelivery end to end with real parts: the first frame from a real HTTP server, Kling from the
 * simulator, the video into S3Proxy, the notification through GreenMail's SMTP server with authentication.
 */
class ImageToVideoDeliveryTest {

    private static final String API_KEY = "delivery-test-key";
    private static final String BUCKET = "team-videos";
    private static final String PROMPT = "The hills sway in the wind as the sun sets";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("bot@example.com", "kling-bot", "bot-secret"))
            .withPerMethodLifecycle(true);

    private KlingSimulator sim;
    private LocalS3 s3;
    private PngServer images;

    @BeforeEach
    void start() throws Exception {
        System.setProperty("java.awt.headless", "true");
        sim = KlingSimulator.builder().apiKey(API_KEY)
                .submittedFor(Duration.ofMillis(100)).processingFor(Duration.ofMillis(200)).build().start();
        s3 = LocalS3.start();
        images = PngServer.start();
    }

    @AfterEach
    void stop() throws Exception {
        images.close();
        s3.close();
        sim.close();
    }

    @Test
    @Timeout(30)
    void animatesTheImageStoresTheVideoInS3AndMailsTheLink() throws Exception {
        Settings settings = Settings.of(Map.ofEntries(
                Map.entry("image.url", images.url()),
                Map.entry("video.prompt", PROMPT),
                Map.entry("s3.endpoint", s3.endpoint()),
                Map.entry("s3.access-key", LocalS3.ACCESS_KEY),
                Map.entry("s3.secret-key", LocalS3.SECRET_KEY),
                Map.entry("s3.bucket", BUCKET),
                Map.entry("s3.key-prefix", "clips/"),
                Map.entry("s3.auto-create-bucket", "true"),
                Map.entry("s3.link-hours", "2"),
                Map.entry("smtp.host", "127.0.0.1"),
                Map.entry("smtp.port", Integer.toString(MAIL.getSmtp().getPort())),
                Map.entry("smtp.username", "kling-bot"),
                Map.entry("smtp.password", "bot-secret"),
                Map.entry("notify.from", "bot@example.com"),
                Map.entry("notify.to", "ops@example.com")));

        Optional<ImageToVideoDelivery.Delivered> result = ImageToVideoDelivery.run(
                ImageToVideoDelivery.Config.from(settings),
                PromptFolderToVideos.useSimulator(sim.baseUrl(), API_KEY, Duration.ofMillis(50), Duration.ofMillis(
                        100)),
                Duration.ofSeconds(25));

        assertThat(result).isPresent();
        ImageToVideoDelivery.Delivered delivered = result.get();
        String taskId = delivered.taskId();
        String key = "clips/" + taskId + ".mp4";
        assertThat(delivered.bucket()).isEqualTo(BUCKET);
        assertThat(delivered.key()).isEqualTo(key);

        // the image was fetched once, and Kling got exactly that PNG as the first frame (raw base64), once
        assertThat(images.gets()).isEqualTo(1);
        List<RecordedRequest> creates = sim.requests("POST", "/v1/videos/image2video");
        assertThat(creates).hasSize(1);
        JsonNode create = creates.get(0).json();
        assertThat(create.path("model_name").asText()).isEqualTo("kling-v2-6");
        assertThat(create.path("prompt").asText()).isEqualTo(PROMPT);
        assertThat(create.path("image").asText()).doesNotStartWith("data:").doesNotStartWith("http");
        assertThat(Base64.getDecoder().decode(create.path("image").asText())).isEqualTo(images.png());
        assertThat(sim.tasks()).singleElement().satisfies(task -> {
            assertThat(task.taskId()).isEqualTo(taskId);
            assertThat(task.status()).isEqualTo("succeed");
        });

        // the bucket holds the simulator's video, byte for byte, as video/mp4
        byte[] video = sim.videoBytes(taskId);
        assertThat(s3.keys(BUCKET)).containsExactly(key);
        assertThat(s3.object(BUCKET, key)).isEqualTo(video);
        assertThat(s3.contentType(BUCKET, key)).isEqualTo("video/mp4");

        // one mail, from the bot to ops, naming the task and the object, with a link that downloads the video
        assertThat(MAIL.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage[] mails = MAIL.getReceivedMessages();
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails[0];
        assertThat(mail.getSubject()).isEqualTo("Kling video ready: " + key);
        assertThat(mail.getFrom()).extracting(Address::toString).containsExactly("bot@example.com");
        assertThat(mail.getRecipients(RecipientType.TO)).containsExactly(new InternetAddress("ops@example.com"));
        String text = (String) mail.getContent();
        assertThat(text)
                .contains("Kling task:  " + taskId)
                .contains("Stored as:   s3://" + BUCKET + "/" + key)
                .contains("Download:    " + delivered.link())
                .contains("(the link works for 2 hours)")
                .contains("First frame: " + images.url())
                .contains("Prompt:      " + PROMPT)
                .contains("kling-v2-6, 5.0 s, 1.5 units");
        assertThat(delivered.link()).startsWith(s3.endpoint() + "/" + BUCKET + "/" + key + "?")
                .contains("X-Amz-Signature=").contains("X-Amz-Expires=7200");

        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(delivered.link())).GET().build(), HttpResponse.BodyHandlers
                        .ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(video);
    }

    @Test
    @Timeout(30)
    void anImageThatCannotBeFetchedBuysNothingAndMailsNothing() throws Exception {
        Settings settings = Settings.of(Map.of(
                "image.url", images.url().replace(".png", "-missing.png"),
                "s3.endpoint", s3.endpoint(),
                "s3.access-key", LocalS3.ACCESS_KEY,
                "s3.secret-key", LocalS3.SECRET_KEY,
                "s3.auto-create-bucket", "true",
                "smtp.host", "127.0.0.1",
                "smtp.port", Integer.toString(MAIL.getSmtp().getPort()),
                "notify.to", "ops@example.com"));

        Optional<ImageToVideoDelivery.Delivered> result = ImageToVideoDelivery.run(
                ImageToVideoDelivery.Config.from(settings),
                PromptFolderToVideos.useSimulator(sim.baseUrl(), API_KEY, Duration.ofMillis(50), Duration.ofMillis(
                        100)),
                Duration.ofSeconds(25));

        assertThat(result).isEmpty();
        assertThat(sim.requests()).isEmpty();
        assertThat(s3.keys("kling-videos")).isEmpty();
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    @Timeout(10)
    void refusesToStartWithoutWhereToSendTheMail() {
        Settings settings = Settings.of(Map.of("image.url", images.url(), "smtp.host", "127.0.0.1"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ImageToVideoDelivery.Config.from(settings))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Set notify.to (-Dnotify.to=... or the environment variable NOTIFY_TO)");
        assertThat(sim.requests()).isEmpty();
    }
}
