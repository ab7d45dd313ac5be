package dev.camelkling.kaoto;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kling entry the build wrote (target/classes/kaoto-catalog/kling-entry.json) has the shape of Kaoto's own
 * entries and gives Kaoto's form what a user needs: the operation as a required choice, credentials as password
 * fields, durations as durations, defaults, and the option groups.
 */
class KlingEntryTest {

    static final Path BUILT = Path.of("target/classes/kaoto-catalog/kling-entry.json");

    private final JsonNode kling = CatalogLibrary.read(BUILT).path("kling");
    private final JsonNode schema = kling.path("propertiesSchema");

    private JsonNode option(String name) {
        return schema.path("properties").path(name);
    }

    @Test
    void hasTheSamePartsAsKaotosEntries() {
        JsonNode http = KaotoCatalogFixture.components().path("http");

        assertThat(names(kling)).isEqualTo(names(http));
        assertThat(names(schema)).isEqualTo(names(http.path("propertiesSchema")));
        assertThat(schema.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(schema.path("type").asText()).isEqualTo("object");
    }

    @Test
    void usesOnlyPropertyKeysKaotosEntriesUse() {
        Set<String> used = new HashSet<>();
        schema.path("properties").forEach(property -> property.fieldNames().forEachRemaining(used::add));

        assertThat(KaotoCatalogFixture.propertyKeys()).containsAll(used);
    }

    @Test
    void describesEveryEndpointOption() {
        assertThat(names(schema.path("properties"))).isEqualTo(names(kling.path("properties")));
        schema.path("properties").properties().forEach(property -> {
            assertThat(property.getValue().path("title").asText()).as(property.getKey()).isNotBlank();
            assertThat(property.getValue().path("description").asText()).as(property.getKey()).isNotBlank();
        });
    }

    @Test
    void theOperationIsARequiredChoice() {
        assertThat(schema.path("required")).extracting(JsonNode::asText).containsExactly("operation");
        assertThat(option("operation").path("type").asText()).isEqualTo("string");
        assertThat(option("operation").path("enum")).extracting(JsonNode::asText)
                .contains("text2video", "image2video", "lip-sync", "omni-image", "task");
    }

    @Test
    void credentialsArePasswordFieldsInTheSecurityGroup() {
        for (String secret : List.of("apiKey", "accessKey", "secretKey")) {
            assertThat(option(secret).path("type").asText()).as(secret).isEqualTo("string");
            assertThat(option(secret).path("format").asText()).as(secret).isEqualTo("password");
            assertThat(option(secret).path("$comment").asText()).as(secret).isEqualTo("group:security");
        }
    }

    @Test
    void durationsAreDurationStringsWithTheirDefault() {
        assertThat(option("timeout").path("type").asText()).isEqualTo("string");
        assertThat(option("timeout").path("format").asText()).isEqualTo("duration");
        assertThat(option("timeout").path("default").asText()).isEqualTo("30m");
        assertThat(option("scanInterval").path("default").asText()).isEqualTo("30s");
    }

    @Test
    void choicesAreStringEnumsWithTheirDefault() {
        assertThat(option("dialect").path("type").asText()).isEqualTo("string");
        assertThat(option("dialect").path("enum")).extracting(JsonNode::asText)
                .containsExactly("kling", "kling2", "openai", "generations", "apimodels");
        assertThat(option("dialect").path("default").asText()).isEqualTo("kling");
        assertThat(option("mode").path("enum")).extracting(JsonNode::asText).contains("std", "pro");
    }

    @Test
    void booleansAndIntegersKeepTheirJsonTypes() {
        assertThat(option("waitForCompletion").path("type").asText()).isEqualTo("boolean");
        assertThat(option("waitForCompletion").path("default").isBoolean()).isTrue();
        assertThat(option("waitForCompletion").path("default").booleanValue()).isTrue();
        assertThat(option("duration").path("type").asText()).isEqualTo("integer");
        assertThat(option("maxRetries").path("default").isInt()).isTrue();
        assertThat(option("cfgScale").path("type").asText()).isEqualTo("number");
    }

    @Test
    void beanReferencesAreStringsNamingTheirJavaType() {
        assertThat(option("idempotentRepository").path("type").asText()).isEqualTo("string");
        assertThat(option("idempotentRepository").path("format").asText())
                .isEqualTo("bean:org.apache.camel.spi.IdempotentRepository");
    }

    @Test
    void groupsBecomeTheFormSections() {
        assertThat(option("model").path("$comment").asText()).isEqualTo("group:producer");
        assertThat(option("scope").path("$comment").asText()).isEqualTo("group:consumer");
        assertThat(option("maxRetries").path("$comment").asText()).isEqualTo("group:advanced");
        assertThat(option("bridgeErrorHandler").path("$comment").asText()).isEqualTo("group:consumer (advanced)");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            names.add(field.getKey());
        }
        return names;
    }
}
