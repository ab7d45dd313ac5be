package dev.camelkling.component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import dev.camelkling.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

class Kling2DialectTest extends DialectScenario {

    @Override
    String dialect() {
        return "kling2";
    }

    @Override
    String model() {
        return "kling-v2-6";
    }

    @Override
    String[] unsupportedOption() {
        return new String[]{"negativePrompt=blur", "negative_prompt"};
    }

    @Test
    void waitingTasksAreAskedForTogetherById() throws Exception {
        sim().setTimings(Duration.ofMillis(50), Duration.ofMillis(300));
        List<CompletableFuture<Exchange>> pending = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String prompt = "a wave " + i;
            pending.add(template.asyncSend("direct:generate", e -> e.getMessage().setBody(prompt)));
        }
        for (CompletableFuture<Exchange> f : pending) {
            assertThat(f.get(20, TimeUnit.SECONDS).getException()).isNull();
        }

        List<RecordedRequest> queries = sim().requests("GET", "/tasks");
        assertThat(queries).anySatisfy(r -> assertThat(r.queryParams().get("task_ids")).contains(","));
        int idsAsked = queries.stream().mapToInt(r -> r.queryParams().get("task_ids").split(",").length).sum();
        assertThat((double) idsAsked / queries.size()).as("tasks answered per status request").isGreaterThan(1.5);
    }
}
