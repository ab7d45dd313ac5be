package dev.camelkling.component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.camelkling.operations.Operations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads the generated kling.json into a Camel catalog, as tooling (Kaoto, the VS Code extension, JBang) does, and checks
 * that kling: URIs validate the way users expect: good ones pass, bad ones name the right problem.
 */
class KlingCatalogTest {

    static final String KLING_JSON = "/META-INF/dev/camelkling/component/kling.json";

    private static DefaultCamelCatalog catalog;

    @BeforeAll
    static void loadGeneratedComponentJson() throws IOException {
        catalog = new DefaultCamelCatalog(true);
        catalog.addComponent("kling", KlingComponent.class.getName(), klingJson());
    }

    static String klingJson() throws IOException {
        try (InputStream in = KlingCatalogTest.class.getResourceAsStream(KLING_JSON)) {
            assertThat(in).as("generated %s on the test classpath", KLING_JSON).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static EndpointValidationResult validate(String uri) {
        return catalog.validateEndpointProperties(uri);
    }

    @Test
    void catalogKnowsTheKlingComponentOnceItsJsonIsAdded() {
        assertThat(catalog.findComponentNames()).contains("kling");
        assertThat(catalog.componentModel("kling").getJavaType()).isEqualTo(KlingComponent.class.getName());
    }

    @Test
    void text2videoProducerUriWithModelDurationAndNoWaitIsValid() {
        EndpointValidationResult result = validate(
                "kling:text2video?model=kling-v2-6&duration=5&waitForCompletion=false");

        assertThat(result.isSuccess()).as(result.summaryErrorMessage(false)).isTrue();
    }

    @Test
    void image2videoUriWithProModeAndOpenAiDialectIsValid() {
        EndpointValidationResult result = validate("kling:image2video?mode=pro&dialect=openai");

        assertThat(result.isSuccess()).as(result.summaryErrorMessage(false)).isTrue();
    }

    @Test
    void accountScopeConsumerUriWithScanIntervalIsValidForAConsumer() {
        EndpointValidationResult result = catalog.validateEndpointProperties(
                "kling:text2video?scope=account&scanInterval=10s", false, true, false);

        assertThat(result.isSuccess()).as(result.summaryErrorMessage(false)).isTrue();
    }

    @Test
    void misspelledOptionIsReportedAsUnknown() {
        EndpointValidationResult result = validate("kling:text2video?modle=x");

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getUnknown()).containsExactly("modle");
    }

    @Test
    void unknownDialectIsReportedAsInvalidEnumWithTheChoices() {
        EndpointValidationResult result = validate("kling:text2video?dialect=sora");

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getInvalidEnum()).containsEntry("dialect", "sora");
        assertThat(result.getInvalidEnumChoices().get("dialect"))
                .containsExactly("kling", "kling2", "openai", "generations", "apimodels");
    }

    @Test
    void unknownConsumerScopeIsReportedAsInvalidEnumWithTheChoices() {
        EndpointValidationResult result = validate("kling:text2video?scope=everything");

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getInvalidEnum()).containsEntry("scope", "everything");
        assertThat(result.getInvalidEnumChoices().get("scope")).containsExactly("application", "account");
    }

    @Test
    void nonBooleanWaitForCompletionIsReportedAsInvalidBoolean() {
        EndpointValidationResult result = validate("kling:text2video?waitForCompletion=maybe");

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getInvalidBoolean()).containsEntry("waitForCompletion", "maybe");
    }

    @Test
    void nonNumericMaxRetriesIsReportedAsInvalidInteger() {
        EndpointValidationResult result = validate("kling:text2video?maxRetries=abc");

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getInvalidInteger()).containsEntry("maxRetries", "abc");
    }

    @Test
    void unparsableScanIntervalIsReportedAsInvalidDuration() {
        EndpointValidationResult result = validate("kling:text2video?scanInterval=soon");

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getInvalidDuration()).containsEntry("scanInterval", "soon");
    }

    @Test
    void unknownOperationPathIsReportedAsInvalidOperationWithTheChoices() {
        EndpointValidationResult result = validate("kling:text2vid");

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getInvalidEnum()).containsEntry("operation", "text2vid");
        assertThat(result.getInvalidEnumChoices().get("operation")).hasSize(Operations.all().size())
                .startsWith("text2video", "image2video").contains("omni-video", "lip-sync", "account", "task");
    }

    @Test
    void missingOperationPathIsReportedAsRequired() {
        EndpointValidationResult result = validate("kling:?model=kling-v2-6");

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getRequired()).containsExactly("operation");
    }

    @Test
    void bareSchemeWithoutAnyPathIsReportedAsSyntaxError() {
        EndpointValidationResult result = validate("kling:");

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getSyntaxError()).isNotBlank();
    }
}
