package dev.camelkling.component;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.spi.Metadata;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.camelkling.operations.OperationSpec;
import dev.camelkling.operations.Operations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Completeness of the generated kling.json: what tooling shows for the component must be documented, secrets must be
 * masked, and every header the code uses must be listed.
 */
class KlingCatalogMetadataTest {

    private static JsonObject json;

    @BeforeAll
    static void readGeneratedComponentJson() throws IOException {
        json = Jsoner.deserialize(KlingCatalogTest.klingJson(), new JsonObject());
    }

    private static JsonObject section(String name) {
        JsonObject section = json.getMap(name);
        assertThat(section).as("section %s of kling.json", name).isNotNull().isNotEmpty();
        return section;
    }

    private static JsonObject entry(JsonObject section, String key) {
        return (JsonObject) section.get(key);
    }

    private static List<String> optionsWithoutDescription(String sectionName) {
        return section(sectionName).entrySet().stream()
                .filter(e -> {
                    String description = ((JsonObject) e.getValue()).getString("description");
                    return description == null || description.isBlank();
                })
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The header constants of KlingConstants, by header name: public static final Strings carrying @Metadata. */
    private static Map<String, String> headerConstants() throws IllegalAccessException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Field field : KlingConstants.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (field.getType() == String.class && Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers)
                    && Modifier.isFinal(modifiers) && field.isAnnotationPresent(Metadata.class)) {
                headers.put((String) field.get(null), field.getName());
            }
        }
        return headers;
    }

    @Test
    void everyComponentOptionHasADescription() {
        assertThat(optionsWithoutDescription("componentProperties")).isEmpty();
    }

    @Test
    void everyEndpointOptionHasADescription() {
        assertThat(optionsWithoutDescription("properties")).isEmpty();
    }

    @Test
    void credentialsAreSecretAsComponentAndAsEndpointOptions() {
        for (String section : List.of("componentProperties", "properties")) {
            for (String option : List.of("apiKey", "accessKey", "secretKey")) {
                JsonObject model = entry(section(section), option);
                assertThat(model).as("%s.%s", section, option).isNotNull();
                assertThat(model.getBoolean("secret")).as("%s.%s secret", section, option).isTrue();
            }
        }
    }

    @Test
    void onlyTheCredentialsAreSecret() {
        for (String section : List.of("componentProperties", "properties")) {
            List<String> secret = section(section).entrySet().stream()
                    .filter(e -> Boolean.TRUE.equals(((JsonObject) e.getValue()).getBoolean("secret")))
                    .map(Map.Entry::getKey)
                    .toList();
            assertThat(secret).as(section).containsExactlyInAnyOrder("apiKey", "accessKey", "secretKey");
        }
    }

    @Test
    void everyHeaderConstantIsListedWithItsConstantNameAndADescription() throws IllegalAccessException {
        Map<String, String> constants = headerConstants();
        JsonObject headers = section("headers");

        assertThat(constants).isNotEmpty();
        assertThat(headers.keySet()).containsAll(constants.keySet());
        constants.forEach((header, fieldName) -> {
            JsonObject model = entry(headers, header);
            assertThat(model.getString("constantName")).as(header)
                    .isEqualTo(KlingConstants.class.getName() + "#" + fieldName);
            assertThat(model.getString("description")).as(header).isNotBlank();
        });
    }

    @Test
    void headerDescriptionsAreTheAnnotationTextUnaltered() throws NoSuchFieldException, IllegalAccessException {
        JsonObject headers = section("headers");
        for (Map.Entry<String, String> constant : headerConstants().entrySet()) {
            Metadata metadata = KlingConstants.class.getField(constant.getValue()).getAnnotation(Metadata.class);
            assertThat(entry(headers, constant.getKey()).getString("description")).as(constant.getKey())
                    .isEqualTo(metadata.description());
        }
    }

    @Test
    void headersSectionListsNothingButTheHeaderConstants() throws IllegalAccessException {
        assertThat(section("headers").keySet()).containsExactlyInAnyOrderElementsOf(headerConstants().keySet());
    }

    @Test
    void componentIsBothProducerAndConsumer() {
        JsonObject component = section("component");

        assertThat(component.getBoolean("producerOnly")).isFalse();
        assertThat(component.getBoolean("consumerOnly")).isFalse();
    }

    @Test
    void operationPathIsRequiredAndListsEveryOperation() {
        JsonObject operation = entry(section("properties"), "operation");

        assertThat(operation.getString("kind")).isEqualTo("path");
        assertThat(operation.getBoolean("required")).isTrue();
        List<String> choices = operation.getCollection("enum");
        assertThat(choices).containsExactlyElementsOf(
                Operations.all().stream().map(OperationSpec::uriName).toList());
    }
}
