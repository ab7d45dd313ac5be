package dev.camelkling.examples;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link ImageToVideoDelivery} with everything on this machine: the first frame from a local HTTP server (unless
 * {@code image.url} is set), S3Proxy as the S3 server (objects as files under {@code <output.dir>/s3/}) and GreenMail
 * as the SMTP server (each mail saved as {@code <output.dir>/mail/<task id>.eml} and logged). Kling is the simulator
 * unless Kling credentials are in the environment. S3Proxy and GreenMail are test dependencies, so run it with the
 * test classpath, from the repository root:
 *
 * <pre>
 * ./mvnw -q -pl examples exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.camelkling.examples.ImageToVideoDeliveryLocal
 * </pre>
 */
public final class ImageToVideoDeliveryLocal {

    static {
        // the test classpath carries the tests' log configuration (to a file); this is an application
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "log4j2.xml");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ImageToVideoDeliveryLocal.class);

    private ImageToVideoDeliveryLocal() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path output = Path.of(System.getProperty("output.dir", "examples/output"));
        Settings user = Settings.fromSystem();
        int exitCode;
        try (LocalS3 s3 = LocalS3.start(output.resolve("s3")); PngServer images = PngServer.start()) {
            GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            smtp.start();
            try {
                Map<String, String> local = new HashMap<>();
                local.put("s3.endpoint", s3.endpoint());
                local.put("s3.access-key", LocalS3.ACCESS_KEY);
                local.put("s3.secret-key", LocalS3.SECRET_KEY);
                local.put("s3.region", LocalS3.REGION);
                local.put("s3.auto-create-bucket", "true");
                local.put("smtp.host", "127.0.0.1");
                local.put("smtp.port", Integer.toString(smtp.getSmtp().getPort()));
                local.put("smtp.tls", "none");
                local.put("notify.to", user.get("notify.to", "you@example.com"));
                if (user.find("image.url").isEmpty()) {
                    local.put("image.url", images.url());
                }
                LOG.info("Local S3 (S3Proxy) at {}, objects under {}; local SMTP (GreenMail) on port {}", s3.endpoint(),
                        output.resolve("s3").toAbsolutePath().normalize(), smtp.getSmtp().getPort());
                exitCode = ImageToVideoDelivery.launch(user.overriddenBy(local));
                saveMail(smtp, output.resolve("mail"));
            } finally {
                smtp.stop();
            }
        }
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    private static void saveMail(GreenMail smtp, Path dir) throws Exception {
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            Files.createDirectories(dir);
            String subject = mail.getSubject();
            String name = subject.substring(subject.lastIndexOf('/') + 1).replace(".mp4", "") + ".eml";
            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                mail.writeTo(out);
            }
            LOG.info("The SMTP server received this mail (saved as {}); its link works while the local S3 runs:\n"
                     + "Subject: {}\n\n{}", file.toAbsolutePath().normalize(), subject, mail.getContent());
        }
    }
}
