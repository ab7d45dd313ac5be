package dev.camelkling.component;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.camelkling.cost.CostEstimate;
import dev.camelkling.cost.CostReport;
import dev.camelkling.exceptions.KlingValidationException;

import static org.assertj.core.api.Assertions.assertThat;

/** The estimate a route sees before and after the task, against the simulator's own price table. */
class CostEstimateRouteTest extends KlingTestSupport {

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of("kling:text2video?model=kling-v2-6&mode=pro&duration=10&sound=true", "a storm", "10"),
                Arguments.of("kling:text2video?model=kling-v3&mode=std&duration=5", "a harbour", "3"),
                Arguments.of("kling:text2video?model=kling-v3&mode=pro&duration=7&sound=true", "a gull", "8.4"),
                Arguments.of("kling:omni-video?model=kling-v3-omni&mode=std&duration=5&sound=true&aspectRatio=16:9",
                        "a choir", "4"),
                Arguments.of("kling:image-generation?model=kling-v2-1&n=3", "a fox", "12"),
                Arguments.of("kling:omni-image?model=kling-v3-omni&n=3", "a comic", "24"),
                Arguments.of("kling:text-to-audio?duration=5", "rain on a tin roof", "0.25"),
                Arguments.of("kling:tts?voiceId=oversea_male1&voiceLanguage=en", "Good evening.", "0.05"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void theEstimateIsWhatKlingDeducts(String uri, String body, String units) {
        Exchange out = template.request(uri, e -> e.getMessage().setBody(body));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(KlingConstants.UNITS_ESTIMATED, BigDecimal.class))
                .isEqualByComparingTo(units);
        assertThat(out.getMessage().getHeader(KlingConstants.UNITS_DEDUCTED, BigDecimal.class))
                .isEqualByComparingTo(units);
    }

    @Test
    void aFireAndForgetSubmissionCarriesItsEstimate() {
        Exchange out = template.request("kling:text2video?model=kling-v2-6&waitForCompletion=false",
                e -> e.getMessage().setBody("a kite"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(KlingConstants.UNITS_ESTIMATED, BigDecimal.class))
                .isEqualByComparingTo("1.5");
    }

    @Test
    void dryRunSendsNothingAndAnswersWithTheEstimateAndTheWireBody() {
        Exchange out = template.request("kling:text2video?model=kling-v3&mode=pro&duration=10&sound=true&dryRun=true",
                e -> e.getMessage().setBody("a lighthouse"));

        assertThat(out.getException()).isNull();
        assertThat(posts()).isEmpty();
        CostEstimate estimate = out.getMessage().getBody(CostEstimate.class);
        assertThat(estimate.operation()).isEqualTo("text2video");
        assertThat(estimate.model()).isEqualTo("kling-v3");
        assertThat(estimate.units()).isEqualByComparingTo("12");
        assertThat(estimate.basis()).isEqualTo("1.2/s x 10 s");
        assertThat(estimate.path()).isEqualTo("/v1/videos/text2video");
        assertThat(estimate.wireBody()).contains("\"model_name\":\"kling-v3\"").contains("\"duration\":\"10\"");
        assertThat(out.getMessage().getHeader(KlingConstants.UNITS_ESTIMATED, BigDecimal.class))
                .isEqualByComparingTo("12");
    }

    @Test
    void dryRunStillValidates() {
        Exchange out = template.request("kling:text2video?model=kling-v2-6&duration=7&dryRun=true",
                e -> e.getMessage().setBody("a lighthouse"));

        assertThat(out.getException()).isInstanceOf(KlingValidationException.class);
        assertThat(posts()).isEmpty();
    }

    @Test
    void dryRunOfALipSyncPricesTheAudioCropWithoutIdentifyingFaces() {
        Exchange out = template.request("kling:lip-sync?soundStartTime=1000&soundEndTime=8000&dryRun=true", e -> {
            e.getMessage().setHeader(KlingConstants.VIDEO, "860000000000000001");
            e.getMessage().setHeader(KlingConstants.AUDIO, "audio-1");
        });

        assertThat(out.getException()).isNull();
        assertThat(posts()).isEmpty();
        // 7 s of audio: two started 5 s blocks of 0.5
        assertThat(out.getMessage().getBody(CostEstimate.class).units()).isEqualByComparingTo("1.0");
    }

    @Test
    void dryRunOfAnImageGenerationPricesEveryImage() {
        Exchange out = template.request("kling:image-generation?model=kling-v3&n=4&dryRun=true",
                e -> e.getMessage().setBody("a fox"));

        assertThat(posts()).isEmpty();
        assertThat(out.getMessage().getBody(CostEstimate.class).units()).isEqualByComparingTo("32");
    }

    @Test
    void dryRunIsRefusedForACallThatCreatesNoTask() {
        Exchange out = template.request("kling:account?dryRun=true", e -> e.getMessage().setBody(null));

        assertThat(out.getException()).isInstanceOf(KlingValidationException.class)
                .hasMessageContaining("dryRun");
        assertThat(posts()).isEmpty();
    }

    @Test
    void anUnknownPriceLeavesTheHeaderOutAndTheTaskGoesAhead() {
        Exchange out = template.request("kling:effects?effectScene=bullet_time&duration=5", e -> {
            e.getMessage().setHeader(KlingConstants.IMAGE, png(400, 400));
            e.getMessage().setHeader(KlingConstants.UNITS_ESTIMATED, new BigDecimal("99"));
        });

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(KlingConstants.UNITS_ESTIMATED)).isNull();
        assertThat(out.getMessage().getHeader(KlingConstants.UNITS_DEDUCTED)).isNotNull();
    }

    @Test
    void theCostReportSumsEstimatedAndDeductedUnits() throws Exception {
        template.request("kling:text2video?model=kling-v2-6&mode=pro&duration=10&sound=true", e -> e.getMessage()
                .setBody("a"));
        template.request("kling:text2video?model=kling-v3&mode=std&duration=5", e -> e.getMessage().setBody("b"));

        KlingComponent kling = context.getComponent("kling", KlingComponent.class);
        awaitAsserted("both tasks settled in the cost report",
                () -> assertThat(kling.getCostReport().finished()).isEqualTo(2));
        CostReport report = kling.getCostReport();
        assertThat(report.tasks()).isEqualTo(2);
        assertThat(report.estimated()).isEqualByComparingTo("13");
        assertThat(report.deducted()).isEqualByComparingTo("13");
        assertThat(report.estimatedOfFinished()).isEqualByComparingTo("13");
        assertThat(report.budgetLimit()).isNull();
    }

    /** What was sent: creates and calls (a previous test's late status queries do not count). */
    private java.util.List<dev.camelkling.simulator.RecordedRequest> posts() {
        return sim().requests().stream().filter(r -> "POST".equals(r.method())).toList();
    }
}
