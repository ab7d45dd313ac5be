package dev.camelkling.springboot;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.component.KlingComponent;
import dev.camelkling.component.KlingConfiguration;
import dev.camelkling.simulator.KlingSimulator;
import dev.camelkling.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** A Spring Boot application whose camel.component.kling.* properties reach the component and the wire. */
@SpringBootTest(classes = KlingStarterTest.App.class, properties = {
        // three credentials with three different values: a key bound to another key's option shows
        "camel.component.kling.api-key=" + KlingStarterTest.API_KEY,
        "camel.component.kling.access-key=sb-access-key",
        "camel.component.kling.secret-key=sb-secret-key",
        "camel.component.kling.model=kling-v2-6",
        "camel.component.kling.mode=pro",
        "camel.component.kling.poll-max-delay=200",
        "camel.component.kling.timeout=20s",
        "camel.component.kling.max-concurrent-tasks=3"})
class KlingStarterTest {

    static final String API_KEY = "sb-api-key";
    private static final KlingSimulator SIM = KlingSimulator.builder().apiKey(API_KEY)
            .submittedFor(Duration.ofMillis(50)).processingFor(Duration.ofMillis(150)).build().start();

    @SpringBootApplication
    static class App {
        @Bean
        RouteBuilder routes() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:generate").to("kling:text2video?pollInitialDelay=50");
                }
            };
        }
    }

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.kling.base-url", SIM::baseUrl);
    }

    @AfterAll
    static void stopSimulator() {
        SIM.stop();
    }

    @Autowired
    CamelContext camel;
    @Autowired
    ProducerTemplate template;

    @Test
    void bindsKebabCasePropertiesOntoTheComponent() {
        KlingComponent kling = camel.getComponent("kling", KlingComponent.class);

        assertThat(kling.getConfiguration().getModel()).isEqualTo("kling-v2-6");
        assertThat(kling.getConfiguration().getMode()).isEqualTo("pro");
        assertThat(kling.getConfiguration().getTimeout()).isEqualTo(20_000L);
        assertThat(kling.getMaxConcurrentTasks()).isEqualTo(3);
    }

    @Test
    void bindsEachCredentialPropertyOntoItsOwnOption() {
        KlingConfiguration configuration = camel.getComponent("kling", KlingComponent.class).getConfiguration();

        assertThat(configuration.getApiKey()).isEqualTo(API_KEY);
        assertThat(configuration.getAccessKey()).isEqualTo("sb-access-key");
        assertThat(configuration.getSecretKey()).isEqualTo("sb-secret-key");
    }

    @Test
    void aRouteOfTheApplicationGeneratesWithTheConfiguredModelAndMode() {
        JsonNode sent = createSentFor("a harbour at dawn").json();

        assertThat(sent.path("model_name").asText()).isEqualTo("kling-v2-6");
        assertThat(sent.path("mode").asText()).isEqualTo("pro");
    }

    @Test
    void aRouteOfTheApplicationAuthenticatesWithTheConfiguredApiKey() {
        // the api key takes precedence over the access and secret keys (KlingConnectionOptions.apiKey)
        assertThat(createSentFor("a lighthouse at dusk").header("authorization")).hasValue("Bearer " + API_KEY);
    }

    @Test
    void shipsConfigurationMetadataForIdeCompletion() throws Exception {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            metadata = new ObjectMapper().readTree(in);
        }
        assertThat(metadata.path("properties").findValuesAsText("name"))
                .contains("camel.component.kling.api-key", "camel.component.kling.model",
                        "camel.component.kling.task-store", "camel.component.kling.enabled");

        JsonNode apiKey = property(metadata, "camel.component.kling.api-key");
        assertThat(apiKey.path("type").asText()).isEqualTo("java.lang.String");
        assertThat(apiKey.path("description").asText()).startsWith("Kling API key, sent as the bearer token.");
        assertThat(property(metadata, "camel.component.kling.model").path("description").asText())
                .startsWith("Kling model (model_name)");
    }

    /** The create request the route sent for this prompt. */
    private RecordedRequest createSentFor(String prompt) {
        KlingTask task = template.requestBody("direct:generate", prompt, KlingTask.class);
        assertThat(task.taskId()).isNotBlank();
        List<RecordedRequest> creates = SIM.requests("POST", "/v1/videos/text2video").stream()
                .filter(r -> prompt.equals(r.json().path("prompt").asText())).toList();
        assertThat(creates).as("creates with prompt '%s'", prompt).hasSize(1);
        return creates.get(0);
    }

    private static JsonNode property(JsonNode metadata, String name) {
        for (JsonNode p : metadata.path("properties")) {
            if (p.path("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError(name + " is not in spring-configuration-metadata.json");
    }
}
