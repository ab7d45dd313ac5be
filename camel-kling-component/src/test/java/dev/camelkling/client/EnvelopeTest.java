package dev.camelkling.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import dev.camelkling.exceptions.KlingApiException;
import dev.camelkling.exceptions.KlingErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EnvelopeTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void nonZeroCodeIsAFailureEvenWithHttp200() {
        KlingApiException e = catchThrowableOfType(KlingApiException.class, () -> Envelope.data(mapper, 200,
                "{\"code\":1201,\"message\":\"duration is invalid\",\"request_id\":\"r-1\"}"));

        assertThat(e.getCode()).isEqualTo(1201);
        assertThat(e.getHttpStatus()).isEqualTo(200);
        assertThat(e.getRequestId()).isEqualTo("r-1");
        assertThat(e.getMessage()).contains("duration is invalid");
        assertThat(e.isRetryable()).isFalse();
    }

    @Test
    void htmlErrorPageBecomesApiExceptionWithStatusAndShortExcerpt() {
        String page = "<html><body><h1>502 Bad Gateway</h1>" + "x".repeat(5000) + "</body></html>";

        KlingApiException e = catchThrowableOfType(KlingApiException.class, () -> Envelope.data(mapper, 502, page));

        assertThat(e.getCode()).isEqualTo(KlingApiException.NO_BUSINESS_CODE);
        assertThat(e.getHttpStatus()).isEqualTo(502);
        assertThat(e.getMessage()).contains("502 Bad Gateway").hasSizeLessThan(400);
        assertThat(e.isRetryable()).as("a 5xx page from a proxy is transient").isTrue();
    }

    @Test
    void unknownFieldsAreIgnoredAndDataIsReturned() {
        var data = Envelope.data(mapper, 200,
                "{\"code\":0,\"message\":\"SUCCEED\",\"request_id\":\"r\",\"brand_new\":1,\"data\":{\"task_id\":\"1\"}}");

        assertThat(data.path("task_id").asText()).isEqualTo("1");
    }

    @Test
    void concurrencyLimitIsClassifiedAsWaitForCapacity() {
        KlingApiException e = catchThrowableOfType(KlingApiException.class, () -> Envelope.data(mapper, 429,
                "{\"code\":1303,\"message\":\"parallel task over resource pack limit\",\"request_id\":\"r\"}"));

        assertThat(e.getErrorCode().recovery()).isEqualTo(KlingErrorCode.Recovery.WAIT_FOR_CAPACITY);
    }
}
