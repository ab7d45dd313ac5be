package dev.camelkling.springboot;

import java.io.InputStream;
import java.time.Duration;

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
import dev.camelkling.simulator.KlingSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/** A Spring Boot application whose camel.component.kling.* properties reach the component and the wire. */
@SpringBootTest(classes = KlingStarterTest.App.class, properties = {
        "camel.component.kling.api-key=sb-key",
        "camel.component.kling.model=kling-v2-6",
        "camel.component.kling.mode=pro",
        "camel.component.kling.poll-max-delay=200",
        "camel.component.kling.timeout=20s",
        "camel.component.kling.max-concurrent-tasks=3" })
class KlingStarterTest {

    private static final KlingSimulator SIM = KlingSimulator.builder().apiKey("sb-key")
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
    void aRouteOfTheApplicationGeneratesWithTheConfiguredModel() {
        KlingTask task = template.requestBody("direct:generate", "a harbour at dawn", KlingTask.class);

        assertThat(task.taskId()).isNotBlank();
        JsonNode sent = SIM.requests("POST", "/v1/videos/text2video").get(0).json();
        assertThat(sent.path("model_name").asText()).isEqualTo("kling-v2-6");
        assertThat(sent.path("mode").asText()).isEqualTo("pro");
        assertThat(SIM.requests("POST", "/v1/videos/text2video").get(0).header("authorization"))
                .contains("Bearer sb-key");
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
        JsonNode apiKey = null;
        for (JsonNode p : metadata.path("properties")) {
            if (p.path("name").asText().equals("camel.component.kling.model")) {
                apiKey = p;
            }
        }
        assertThat(apiKey).isNotNull();
        assertThat(apiKey.path("description").asText()).contains("model_name");
    }
}
