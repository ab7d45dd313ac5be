package dev.camelkling.client;

import org.junit.jupiter.api.Test;

import dev.camelkling.exceptions.KlingValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CredentialsTest {

    @Test
    void apiKeyReadWithATrailingNewlineIsTrimmed() {
        assertThat(Credentials.apiKey("sk-live-123\n").bearerToken()).isEqualTo("sk-live-123");
    }

    @Test
    void keyWithAControlCharacterIsRefusedWithoutEchoingIt() {
        KlingValidationException e = catchThrowableOfType(KlingValidationException.class,
                () -> Credentials.apiKey("sk-live\u0000-123"));

        assertThat(e.getField()).isEqualTo("apiKey");
        assertThat(e.getMessage()).doesNotContain("sk-live");
    }

    @Test
    void secretKeyIsCheckedTheSameWay() {
        KlingValidationException e = catchThrowableOfType(KlingValidationException.class,
                () -> Credentials.accessKey("ak", "secret\twith-tab"));

        assertThat(e.getField()).isEqualTo("secretKey");
        assertThat(e.getMessage()).doesNotContain("secret\twith-tab");
    }
}
