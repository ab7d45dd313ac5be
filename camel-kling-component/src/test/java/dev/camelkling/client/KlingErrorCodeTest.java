package dev.camelkling.client;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.camelkling.exceptions.KlingErrorCode;

import static org.assertj.core.api.Assertions.assertThat;

class KlingErrorCodeTest {

    @ParameterizedTest(name = "code {0} -> {1}")
    @CsvSource({
            "1000, NONE", "1001, NONE", "1002, NONE", "1003, RESIGN", "1004, RESIGN",
            "1100, NONE", "1101, NONE", "1102, NONE", "1103, NONE",
            "1200, NONE", "1201, NONE", "1202, NONE", "1203, NONE",
            "1300, NONE", "1301, NONE", "1302, BACKOFF", "1303, WAIT_FOR_CAPACITY", "1304, NONE",
            "5000, BACKOFF", "5001, BACKOFF", "5002, BACKOFF"})
    void everyDocumentedCodeHasItsRecovery(int code, KlingErrorCode.Recovery recovery) {
        KlingErrorCode errorCode = KlingErrorCode.of(code, 400);

        assertThat(errorCode.code()).isEqualTo(code);
        assertThat(errorCode.recovery()).isEqualTo(recovery);
    }

    @ParameterizedTest(name = "unknown code with HTTP {0} -> {1}")
    @CsvSource({"400, NONE", "503, BACKOFF"})
    void undocumentedCodesAreClassifiedByHttpStatus(int status, KlingErrorCode.Recovery recovery) {
        assertThat(KlingErrorCode.of(4242, status).recovery()).isEqualTo(recovery);
    }
}
