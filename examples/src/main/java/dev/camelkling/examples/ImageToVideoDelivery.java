package dev.camelkling.examples;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.camel.component.aws2.s3.AWS2S3Component;
import org.apache.camel.component.aws2.s3.AWS2S3Configuration;
import org.apache.camel.component.mail.MailComponent;
import org.apache.camel.component.mail.MailConfiguration;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.component.KlingComponent;
import dev.camelkling.component.KlingConfiguration;

/**
 * Camel Main application: animate one image with Kling, store the MP4 in S3, mail a download link.
 *
 * <ol>
 *   <li>GET the first frame from {@code image.url} (camel-http),</li>
 *   <li>{@code kling:image2video} with model kling-v2-6 and {@code download=true}: the MP4 as a stream,</li>
 *   <li>upload it to {@code s3://<s3.bucket>/<s3.key-prefix><task id>.mp4} (camel-aws2-s3) and presign a download
 *       link,</li>
 *   <li>mail the key, the link and the task id to {@code notify.to} (camel-mail over SMTP).</li>
 * </ol>
 *
 * <p>Kling: the real API with {@code KLING_API_KEY} (or {@code KLING_ACCESS_KEY} + {@code KLING_SECRET_KEY}) in the
 * environment, otherwise the embedded simulator. S3 and SMTP come from settings ({@link Settings}: {@code -Dname}
 * or the environment variable): {@code s3.endpoint} for an S3-compatible server (leave it out for AWS),
 * {@code smtp.host}, {@code smtp.tls}, ... See {@code examples/README.md}. {@code ImageToVideoDeliveryLocal} (test
 * classpath) runs it against an embedded S3Proxy, GreenMail and image server.
 */
public final class ImageToVideoDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(ImageToVideoDelivery.class);

    static final String DEFAULT_PROMPT = "The scene slowly comes alive: a gentle camera push-in, soft wind, warm light";

    private ImageToVideoDelivery() {
    }

    public static void main(String[] args) throws Exception {
        int exitCode = launch(Settings.fromSystem());
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** Runs the example with these settings and Kling from the environment; returns the process exit code. */
    static int launch(Settings settings) throws Exception {
        // the simulator renders its MP4s with AWT
        System.setProperty("java.awt.headless", "true");
        Config config;
        try {
            config = Config.from(settings);
        } catch (IllegalArgumentException e) {
            LOG.error("{}; see examples/README.md", e.getMessage());
            return 2;
        }
        try (KlingAccess kling = KlingAccess.fromEnvironment(System.getenv())) {
            Optional<Delivered> delivered = run(config, kling.configurer(), kling.maxDuration());
            return delivered.isPresent() ? 0 : 1;
        } catch (IllegalArgumentException e) {
            LOG.error(e.getMessage());
            return 2;
        }
    }

    /**
     * Runs the route once in Camel Main: one image, one video, one upload, one mail.
     *
     * @param kling       sets credentials, base URL and poll delays on the kling component
     * @param maxDuration stop anyway after this long; {@link Duration#ZERO} for no limit
     * @return what was delivered, or empty when a step failed (the error is logged)
     */
    static Optional<Delivered> run(Config config, Consumer<KlingConfiguration> kling, Duration maxDuration)
            throws Exception {
        ImageToVideoDeliveryRoute route = new ImageToVideoDeliveryRoute(config);
        Main main = new Main();
        main.configure().withName("image-to-video-delivery")
                .withDurationMaxMessages(1)
                .withDurationMaxSeconds((int) maxDuration.toSeconds())
                .addRoutesBuilder(route);
        // components are configured in code so that credentials never pass through endpoint URIs or
        // Camel Main's (DEBUG-logged) properties
        KlingComponent component = new KlingComponent();
        kling.accept(component.getConfiguration());
        main.bind("kling", component);
        AWS2S3Component s3 = new AWS2S3Component();
        config.s3().applyTo(s3.getConfiguration());
        main.bind("aws2-s3", s3);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport camelMain) {
                // a mail configuration needs the CamelContext, which exists from here on
                MailComponent mail = camelMain.getCamelContext().getComponent(config.mail().scheme(),
                        MailComponent.class);
                config.mail().applyTo(mail.getConfiguration());
            }
        });
        main.run();
        return route.delivered();
    }

    /** What the run delivered: the Kling task, where its video is stored, and the mailed link. */
    record Delivered(String taskId, String bucket, String key, String link) {
    }

    /** The example's settings. */
    record Config(String imageUrl, String prompt, S3Target s3, MailTarget mail) {

        static Config from(Settings settings) {
            return new Config(settings.require("image.url"), settings.get("video.prompt", DEFAULT_PROMPT),
                    S3Target.from(settings), MailTarget.from(settings));
        }
    }

    /**
     * Where the video goes. Without {@code endpoint} this is AWS S3 in {@code region}; with it an S3-compatible
     * server (S3Proxy, MinIO, ...) addressed path-style. Without an access key pair the AWS SDK's default credentials
     * chain is used ({@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}, {@code AWS_PROFILE}, an instance role).
     */
    record S3Target(String bucket, String keyPrefix, String region, String endpoint, String accessKey,
            String secretKey, boolean autoCreateBucket, Duration linkValidity) {

        static S3Target from(Settings settings) {
            String accessKey = settings.find("s3.access-key").orElse(null);
            String secretKey = settings.find("s3.secret-key").orElse(null);
            if ((accessKey == null) != (secretKey == null)) {
                throw new IllegalArgumentException("Set both s3.access-key and s3.secret-key (S3_ACCESS_KEY,"
                                                   + " S3_SECRET_KEY), or none for the AWS default credentials");
            }
            int linkHours = settings.getInt("s3.link-hours", 24 * 7);
            if (linkHours < 1 || linkHours > 24 * 7) {
                throw new IllegalArgumentException("s3.link-hours must be 1 to 168 (a presigned link lives 7 days at"
                                                   + " most)");
            }
            return new S3Target(settings.get("s3.bucket", "kling-videos"), settings.get("s3.key-prefix", "kling/"),
                    settings.find("s3.region").or(() -> settings.find("aws.region")).orElse("us-east-1"),
                    settings.find("s3.endpoint").orElse(null), accessKey, secretKey,
                    settings.getBoolean("s3.auto-create-bucket", false), Duration.ofHours(linkHours));
        }

        void applyTo(AWS2S3Configuration s3) {
            s3.setRegion(region);
            if (endpoint != null) {
                s3.setOverrideEndpoint(true);
                s3.setUriEndpointOverride(endpoint);
                // an S3-compatible server on localhost has no <bucket>.localhost host names
                s3.setForcePathStyle(true);
            }
            if (accessKey != null) {
                s3.setAccessKey(accessKey);
                s3.setSecretKey(secretKey);
            } else {
                s3.setUseDefaultCredentialsProvider(true);
            }
            s3.setAutoCreateBucket(autoCreateBucket);
        }

        /** The camel-aws2-s3 endpoint URI of the bucket; the connection options are set on the component. */
        String uri() {
            return "aws2-s3://" + bucket;
        }
    }

    /** The notification mail and the SMTP server that sends it. */
    record MailTarget(String host, int port, String tls, String username, String password, String from,
            String to) {

        static MailTarget from(Settings settings) {
            String tls = settings.get("smtp.tls", "none").toLowerCase(Locale.ROOT);
            int defaultPort = switch (tls) {
                case "none" -> 25;
                case "starttls" -> 587;
                case "ssl" -> 465;
                default -> throw new IllegalArgumentException("smtp.tls must be none, starttls or ssl, not '" + tls
                                                              + "'");
            };
            String username = settings.find("smtp.username").orElse(null);
            String password = settings.find("smtp.password").orElse(null);
            if (username == null && password != null) {
                throw new IllegalArgumentException("smtp.password is set but smtp.username is not");
            }
            return new MailTarget(settings.require("smtp.host"), settings.getInt("smtp.port", defaultPort), tls,
                    username, password, settings.get("notify.from", "camel-kling@localhost"),
                    settings.require("notify.to"));
        }

        /** {@code smtps} (TLS from the first byte) for {@code smtp.tls=ssl}, else {@code smtp}. */
        String scheme() {
            return "ssl".equals(tls) ? "smtps" : "smtp";
        }

        String uri() {
            return scheme() + "://" + host + ":" + port;
        }

        void applyTo(MailConfiguration mail) {
            mail.setFrom(from);
            mail.setTo(to);
            mail.setContentType("text/plain; charset=UTF-8");
            if (username != null) {
                mail.setUsername(username);
                mail.setPassword(password);
            }
            if ("starttls".equals(tls)) {
                // upgrade the plain connection with STARTTLS, and refuse to go on without it
                mail.getAdditionalJavaMailProperties().setProperty("mail.smtp.starttls.enable", "true");
                mail.getAdditionalJavaMailProperties().setProperty("mail.smtp.starttls.required", "true");
            }
        }
    }
}
