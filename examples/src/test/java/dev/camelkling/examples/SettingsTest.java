package dev.camelkling.examples;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the examples read their settings: system property first, then the environment variable. */
class SettingsTest {

    @Test
    void environmentVariableNamesAreUpperCaseWithUnderscores() {
        assertThat(Settings.envName("s3.bucket")).isEqualTo("S3_BUCKET");
        assertThat(Settings.envName("s3.access-key")).isEqualTo("S3_ACCESS_KEY");
        assertThat(Settings.envName("daily.max-clips")).isEqualTo("DAILY_MAX_CLIPS");
    }

    @Test
    void aPropertyWinsOverTheEnvironmentAndBlankCountsAsUnset() {
        Settings settings = Settings.of(Map.of("smtp.host", "from-property", "smtp.port", " "),
                Map.of("SMTP_HOST", "from-env", "SMTP_PORT", "2525", "NOTIFY_TO", " ops@example.com "));

        assertThat(settings.get("smtp.host", "default")).isEqualTo("from-property");
        assertThat(settings.getInt("smtp.port", 25)).isEqualTo(2525);
        assertThat(settings.require("notify.to")).isEqualTo("ops@example.com");
        assertThat(settings.find("smtp.username")).isEmpty();
        assertThat(settings.overriddenBy(Map.of("smtp.host", "local")).get("smtp.host", null)).isEqualTo("local");
        assertThat(settings.overriddenBy(Map.of("smtp.host", "local")).get("notify.to", null))
                .isEqualTo("ops@example.com");
    }

    @Test
    void badValuesNameTheSetting() {
        Settings settings = Settings.of(Map.of("smtp.port", "twenty-five", "s3.auto-create-bucket", "maybe"));
        assertThatThrownBy(() -> settings.getInt("smtp.port", 25)).hasMessageContaining("smtp.port");
        assertThatThrownBy(() -> settings.getBoolean("s3.auto-create-bucket", false))
                .hasMessageContaining("s3.auto-create-bucket");
        assertThatThrownBy(() -> settings.require("smtp.host"))
                .hasMessage("Set smtp.host (-Dsmtp.host=... or the environment variable SMTP_HOST)");
    }

    @Test
    void deliverySettingsForRealAwsAndStartTls() {
        Settings settings = Settings.of(Map.of("image.url", "https://example.com/a.png"), Map.of(
                "AWS_REGION", "eu-central-1", "S3_BUCKET", "team-videos",
                "SMTP_HOST", "smtp.example.com", "SMTP_TLS", "starttls", "SMTP_USERNAME", "bot", "SMTP_PASSWORD", "pw",
                "NOTIFY_TO", "team@example.com"));

        ImageToVideoDelivery.Config config = ImageToVideoDelivery.Config.from(settings);

        // no endpoint and no key pair: AWS itself, with the SDK's default credentials chain
        assertThat(config.s3().endpoint()).isNull();
        assertThat(config.s3().region()).isEqualTo("eu-central-1");
        assertThat(config.s3().bucket()).isEqualTo("team-videos");
        assertThat(config.s3().accessKey()).isNull();
        assertThat(config.s3().autoCreateBucket()).isFalse();
        assertThat(config.mail().uri()).isEqualTo("smtp://smtp.example.com:587");
        assertThat(config.mail().username()).isEqualTo("bot");

        assertThat(ImageToVideoDelivery.Config.from(Settings.of(Map.of("image.url", "https://example.com/a.png",
                "smtp.host", "smtp.example.com", "smtp.tls", "ssl", "notify.to", "a@example.com"))).mail().uri())
                .isEqualTo("smtps://smtp.example.com:465");
    }
}
