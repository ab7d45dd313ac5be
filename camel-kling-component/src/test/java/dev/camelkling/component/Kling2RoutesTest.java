package dev.camelkling.component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.camelkling.exceptions.KlingValidationException;
import dev.camelkling.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kling's new API ({@code dialect=kling2}, docs/kling-api-notes.md §13): the routes of its models and what each
 * request looks like on the wire.
 */
class Kling2RoutesTest extends KlingTestSupport {

    private static final String FIRST_FRAME = "https://cdn.example.com/first.png";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:image").to("kling:image2video?dialect=kling2");
                from("direct:text").to("kling:text2video?dialect=kling2");
                from("direct:byExternalId").to("kling:task?dialect=kling2&waitForCompletion=false");
                from("kling:text2video?dialect=kling2&scope=account&scanInterval=200").routeId("account")
                        .autoStartup(false).to("mock:account");
            }
        };
    }

    @Test
    void accountScopeListsTheAccountsTasksThroughPostTasks() throws Exception {
        String taskId = createOutsideTheComponent();
        MockEndpoint account = getMockEndpoint("mock:account");
        account.expectedMessageCount(1);

        context.getRouteController().startRoute("account");

        account.assertIsSatisfied(WAIT.toMillis());
        assertThat(account.getExchanges().get(0).getMessage().getHeader(KlingConstants.TASK_ID)).isEqualTo(taskId);
        assertThat(account.getExchanges().get(0).getMessage().getHeader(KlingConstants.TASK_STATUS))
                .isEqualTo("succeed");
        JsonNode list = sim().requests("POST", "/tasks").get(0).json();
        assertThat(list.path("start_time").isIntegralNumber()).as("start_time in epoch ms").isTrue();
        assertThat(list.path("limit").asInt()).isEqualTo(500);
        assertThat(list.path("filters").get(0).path("key").asText()).isEqualTo("product_type");
        assertThat(list.path("filters").get(0).path("values").get(0).asText()).isEqualTo("video");
    }

    /** Another application on the same account creates a task: straight to the API, not through Camel. */
    private String createOutsideTheComponent() throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create(sim().baseUrl() + "/text-to-video/kling-2.6"))
                .header("Authorization", "Bearer " + API_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"elsewhere\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(reply.body()).path("data").path("id").asText();
    }

    /** The one POST the simulator received on {@code path}. */
    private JsonNode onlyPost(String path) {
        List<RecordedRequest> posts = sim().requests("POST", path).stream().filter(r -> r.path().equals(path))
                .toList();
        assertThat(posts).as("POST " + path).hasSize(1);
        return posts.get(0).json();
    }

    @Test
    void textSettingsAndOptionsArriveInTheirObjects() {
        Exchange out = template.request("direct:text", e -> {
            e.getMessage().setBody("a storm over the sea");
            e.getMessage().setHeader(KlingConstants.MODEL, "kling-v2-6");
            e.getMessage().setHeader(KlingConstants.MODE, "pro");
            e.getMessage().setHeader(KlingConstants.DURATION, 10);
            e.getMessage().setHeader(KlingConstants.ASPECT_RATIO, "9:16");
            e.getMessage().setHeader(KlingConstants.SOUND, true);
            e.getMessage().setHeader(KlingConstants.EXTERNAL_TASK_ID, "storm-1");
            e.getMessage().setHeader(KlingConstants.CALLBACK_URL, "https://hooks.example.com/kling");
        });

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost("/text-to-video/kling-2.6");
        assertThat(body.path("prompt").asText()).isEqualTo("a storm over the sea");
        JsonNode settings = body.path("settings");
        assertThat(settings.path("audio").asText()).isEqualTo("native");
        assertThat(settings.path("resolution").asText()).isEqualTo("1080p");
        assertThat(settings.path("duration").isInt()).as("duration is an integer").isTrue();
        assertThat(settings.path("duration").asInt()).isEqualTo(10);
        assertThat(settings.path("aspect_ratio").asText()).isEqualTo("9:16");
        JsonNode options = body.path("options");
        assertThat(options.path("external_task_id").asText()).isEqualTo("storm-1");
        assertThat(options.path("callback_url").asText()).isEqualTo("https://hooks.example.com/kling");
        assertThat(options.path("watermark_info").path("enabled").asBoolean()).isFalse();
    }

    @Test
    void multiShotArrivesInSettings() {
        // shot_type intelligence (Kling's legacy rule for multi_shot): the model splits the prompt into shots
        Exchange out = template.request("direct:text", e -> e.getMessage().setBody(Map.of("model_name", "kling-v3",
                "duration", "6", "prompt", "shot 1, 3, a door opens; shot 2, 3, an empty room;", "multi_shot",
                true, "shot_type", "intelligence")));

        assertThat(out.getException()).isNull();
        assertThat(onlyPost("/text-to-video/kling-3.0").path("settings").path("multi_shot").asBoolean()).isTrue();
    }

    @Test
    void customShotsHaveNoPlaceAndAreRefusedBeforeSending() {
        Exchange out = template.request("direct:text", e -> e.getMessage().setBody(Map.of("model_name", "kling-v3",
                "duration", "6", "multi_shot", true, "shot_type", "customize", "multi_prompt", List.of(
                        Map.of("index", 1, "prompt", "a door", "duration", "3"),
                        Map.of("index", 2, "prompt", "a room", "duration", "3")))));

        // the new design writes multi-shot scripts inside the prompt
        assertThat(out.getException()).isInstanceOfSatisfying(KlingValidationException.class,
                e -> assertThat(e.getField()).isEqualTo("multi_prompt"));
        assertThat(sim().requests("POST", "/")).as("nothing sent").isEmpty();
    }

    @Test
    void kling30TurboHasItsOwnRoute() {
        Exchange out = template.request("direct:text", e -> {
            e.getMessage().setBody("a neon street at night");
            e.getMessage().setHeader(KlingConstants.MODEL, "kling-v3-turbo");
            e.getMessage().setHeader(KlingConstants.DURATION, 12);
        });

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost("/text-to-video/kling-3.0-turbo");
        assertThat(body.path("settings").path("resolution").asText()).isEqualTo("720p");
        assertThat(body.path("settings").path("duration").asInt()).isEqualTo(12);
    }

    @Test
    void kling30In4kIsTheFourKResolutionWithAWatermark() {
        Exchange out = template.request("direct:text", e -> e.getMessage().setBody(Map.of("model_name", "kling-v3",
                "mode", "4k", "duration", "15", "prompt", "a glacier", "watermark_info", Map.of("enabled", true))));

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost("/text-to-video/kling-3.0");
        assertThat(body.path("settings").path("resolution").asText()).isEqualTo("4k");
        assertThat(body.path("settings").path("duration").asInt()).isEqualTo(15);
        assertThat(body.path("options").path("watermark_info").path("enabled").asBoolean()).isTrue();
    }

    @Test
    void anEndFrameIsALastFrameItem() {
        Exchange out = template.request("direct:image", e -> {
            e.getMessage().setHeader(KlingConstants.MODEL, "kling-v3");
            e.getMessage().setHeader(KlingConstants.IMAGE, FIRST_FRAME);
            e.getMessage().setHeader(KlingConstants.IMAGE_TAIL, "https://cdn.example.com/last.png");
        });

        assertThat(out.getException()).isNull();
        JsonNode contents = onlyPost("/image-to-video/kling-3.0").path("contents");
        assertThat(contents.get(0).path("type").asText()).isEqualTo("first_frame");
        assertThat(contents.get(1).path("type").asText()).isEqualTo("last_frame");
        assertThat(contents.get(1).path("url").asText()).isEqualTo("https://cdn.example.com/last.png");
    }

    @Test
    void elementsBecomeElementItemsOfContents() {
        Exchange out = template.request("direct:image", e -> e.getMessage().setBody(Map.of("model_name", "kling-v3",
                "prompt", "<<<element_1>>> waves at <<<element_2>>>", "image", FIRST_FRAME, "element_list",
                List.of(Map.of("element_id", 829836802793406551L), Map.of("element_id", 829836802793406552L)))));

        assertThat(out.getException()).isNull();
        JsonNode contents = onlyPost("/image-to-video/kling-3.0").path("contents");
        assertThat(contents).hasSize(4);
        assertThat(contents.get(0).path("type").asText()).isEqualTo("prompt");
        assertThat(contents.get(1).path("type").asText()).isEqualTo("first_frame");
        assertThat(contents.get(2).path("type").asText()).isEqualTo("element");
        assertThat(contents.get(2).path("element_id").asLong()).isEqualTo(829836802793406551L);
        assertThat(contents.get(2).path("id").asText()).isEqualTo("element_1");
        assertThat(contents.get(3).path("element_id").asLong()).isEqualTo(829836802793406552L);
        assertThat(contents.get(3).path("id").asText()).isEqualTo("element_2");
    }

    @Test
    void kling25TurboAnimatesAnImageOnItsOwnRoute() {
        Exchange out = template.request("direct:image", e -> {
            e.getMessage().setBody("the leaves fall");
            e.getMessage().setHeader(KlingConstants.MODEL, "kling-v2-5-turbo");
            e.getMessage().setHeader(KlingConstants.MODE, "pro");
            e.getMessage().setHeader(KlingConstants.IMAGE, FIRST_FRAME);
            e.getMessage().setHeader(KlingConstants.DURATION, 10);
        });

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost("/image-to-video/kling-2.5-turbo");
        assertThat(body.path("settings").path("resolution").asText()).isEqualTo("1080p");
        assertThat(body.path("settings").path("duration").asInt()).isEqualTo(10);
        assertThat(body.path("contents").get(1).path("url").asText()).isEqualTo(FIRST_FRAME);
    }

    @ParameterizedTest(name = "{0} → /image-to-video/{1}")
    @CsvSource({"kling-v2-6, kling-2.6", "kling-v3, kling-3.0", "kling-v3-turbo, kling-3.0-turbo",
            "kling-v2-5-turbo, kling-2.5-turbo"})
    void everyImageModelHasItsRoute(String model, String route) {
        Exchange out = template.request("direct:image", e -> {
            e.getMessage().setHeader(KlingConstants.MODEL, model);
            e.getMessage().setHeader(KlingConstants.IMAGE, FIRST_FRAME);
        });

        assertThat(out.getException()).isNull();
        JsonNode contents = onlyPost("/image-to-video/" + route).path("contents");
        assertThat(contents.get(0).path("type").asText()).isEqualTo("first_frame");
        assertThat(contents.get(0).path("url").asText()).isEqualTo(FIRST_FRAME);
    }

    @Test
    void aTaskIsLookedUpByItsExternalId() {
        template.request("direct:text", e -> {
            e.getMessage().setBody("a lantern");
            e.getMessage().setHeader(KlingConstants.MODEL, "kling-v2-6");
            e.getMessage().setHeader(KlingConstants.EXTERNAL_TASK_ID, "lantern-7");
        });

        Exchange out = template.request("direct:byExternalId",
                e -> e.getMessage().setHeader(KlingConstants.EXTERNAL_TASK_ID, "lantern-7"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(KlingConstants.EXTERNAL_TASK_ID)).isEqualTo("lantern-7");
        assertThat(sim().requests("GET", "/tasks")).anySatisfy(
                r -> assertThat(r.queryParams().get("external_task_ids")).isEqualTo("lantern-7"));
    }

    @Test
    void kling25TurboHasNoTextToVideoRoute() {
        Exchange out = template.request("direct:text", e -> {
            e.getMessage().setBody("the leaves fall");
            e.getMessage().setHeader(KlingConstants.MODEL, "kling-v2-5-turbo");
        });

        assertThat(out.getException()).isInstanceOfSatisfying(KlingValidationException.class,
                e -> assertThat(e.getField()).isEqualTo("model"));
        assertThat(sim().requests("POST", "/")).as("nothing sent").isEmpty();
    }

    @Test
    void motionControlOnKling2FailsAtStartPointingToTheKlingDialect() {
        assertThat(refusedAtStart("kling:motion-control?dialect=kling2&apiKey=k").getMessage()).contains(
                "not served by the kling2 dialect", "use dialect=kling");
        assertThat(sim().requests("POST", "/")).as("nothing sent").isEmpty();
    }
}
