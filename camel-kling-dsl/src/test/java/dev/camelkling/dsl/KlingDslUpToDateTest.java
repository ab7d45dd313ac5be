package dev.camelkling.dsl;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DSL files are committed, not generated on every build: this test fails when the component's kling.json
 * (from the camel-kling jar) gained, lost or renamed an option or header without the DSL being regenerated
 * ({@code ./mvnw -pl camel-kling-dsl -Pdsl generate-sources}, see the module pom).
 */
class KlingDslUpToDateTest {

    private static final String REGENERATE = "kling.json changed: regenerate with ./mvnw -pl camel-kling-dsl -Pdsl generate-sources";

    private static JsonNode klingJson() throws IOException {
        try (InputStream in = KlingDslUpToDateTest.class.getResourceAsStream(
                "/META-INF/dev/camelkling/component/kling.json")) {
            assertThat(in).as("kling.json in the camel-kling jar").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    private static Set<String> keys(JsonNode object, String onlyKind) {
        Set<String> keys = new TreeSet<>();
        object.properties().forEach(e -> {
            if (onlyKind == null || onlyKind.equals(e.getValue().path("kind").asText())) {
                keys.add(e.getKey());
            }
        });
        return keys;
    }

    private static Set<String> methodNames(Class<?> type, String... ignored) {
        Set<String> names = new TreeSet<>();
        for (Method m : type.getDeclaredMethods()) {
            if (!m.isSynthetic() && !java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                names.add(m.getName());
            }
        }
        names.removeAll(Arrays.asList(ignored));
        return names;
    }

    @Test
    void componentBuilderHasExactlyTheComponentOptions() throws IOException {
        assertThat(methodNames(KlingComponentBuilderFactory.KlingComponentBuilder.class))
                .as(REGENERATE).isEqualTo(keys(klingJson().path("componentProperties"), null));
    }

    @Test
    void endpointBuildersHaveExactlyTheEndpointParameters() throws IOException {
        Set<String> names = new HashSet<>();
        for (Class<?> nested : KlingEndpointBuilderFactory.class.getDeclaredClasses()) {
            if (nested.isInterface() && nested.getSimpleName().contains("Endpoint")
                    && nested.getSimpleName().endsWith("Builder")) {
                names.addAll(methodNames(nested, "advanced", "basic"));
            }
        }
        assertThat(new TreeSet<>(names)).as(REGENERATE).isEqualTo(keys(klingJson().path("properties"), "parameter"));
    }

    @Test
    void headerNameBuilderHasExactlyTheHeaders() throws IOException {
        Set<String> expected = new TreeSet<>();
        klingJson().path("headers").properties().forEach(e -> expected.add(
                Character.toLowerCase(e.getKey().charAt(5)) + e.getKey().substring(6))); // CamelKlingTaskId -> klingTaskId
        assertThat(methodNames(KlingEndpointBuilderFactory.KlingHeaderNameBuilder.class)).as(REGENERATE).isEqualTo(
                expected);
    }
}
