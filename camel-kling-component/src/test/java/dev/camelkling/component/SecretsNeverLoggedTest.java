package dev.camelkling.component;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.main.MainHttpServer;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelkling.exceptions.KlingApiException;
import dev.camelkling.exceptions.KlingTaskFailedException;
import dev.camelkling.simulator.KlingSimulator;
import dev.camelkling.simulator.KlingSimulatorExtension;
import dev.camelkling.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full run (JWT and API-key credentials, callbacks, a refused key, failed and fire-and-forget tasks, the health
 * check, the account, meters) with every logger at TRACE: no secret appears in any log line, exception, endpoint
 * URI, toString, meter or health detail.
 */
class SecretsNeverLoggedTest extends KlingTestSupport {

    private static final String WRONG_KEY = "sk-wrong-0f9e8d7c6b5a4f3e2d1c";

    /**
     * The JWT and the API key belong to two accounts here: each account allows one cost query a second, and two
     * components with different credentials cannot know they share one.
     */
    @RegisterExtension
    static final KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder()
            .accessKey(ACCESS_KEY, SECRET_KEY, "jwt-account").apiKey(API_KEY, "api-key-account")
            .submittedFor(Duration.ofMillis(50)).processingFor(Duration.ofMillis(150)));

    @Override
    KlingSimulator sim() {
        return SIM.simulator();
    }
    private final int port = AvailablePortFinder.getNextAvailable();
    private final MeterRegistry meters = new SimpleMeterRegistry();
    private final ConcurrentLinkedQueue<String> logged = new ConcurrentLinkedQueue<>();
    private CapturingAppender appender;
    /** Every configured logger's level before the run, restored after it so later tests log as configured. */
    private final Map<String, Level> levelsBefore = new HashMap<>();

    /** Keeps every formatted line and stack trace of the run. */
    private final class CapturingAppender extends AbstractAppender {
        CapturingAppender() {
            super("secrets-capture", null, null, true, Property.EMPTY_ARRAY);
        }

        @Override
        public void append(LogEvent event) {
            StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ')
                    .append(event.getMessage().getFormattedMessage());
            if (event.getThrown() != null) {
                StringWriter trace = new StringWriter();
                event.getThrown().printStackTrace(new PrintWriter(trace));
                line.append('\n').append(trace);
            }
            logged.add(line.toString());
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        LoggerContext logs = LoggerContext.getContext(false);
        Configuration config = logs.getConfiguration();
        appender = new CapturingAppender();
        appender.start();
        LoggerConfig root = config.getRootLogger();
        levelsBefore.put(root.getName(), root.getLevel());
        config.getLoggers().values().forEach(l -> levelsBefore.put(l.getName(), l.getLevel()));
        root.addAppender(appender, Level.ALL, null);
        root.setLevel(Level.ALL);
        config.getLoggers().values().forEach(l -> l.setLevel(Level.ALL));
        logs.updateLoggers();

        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("meters", MeterRegistry.class, meters);
        // keys belong on the component, never in a URI: Camel itself logs a URI as given at TRACE while creating it
        context.addComponent("klingKey", keyed(API_KEY));
        context.addComponent("klingWrong", keyed(WRONG_KEY));
        MainHttpServer server = new MainHttpServer();
        server.setCamelContext(context);
        server.setHost("127.0.0.1");
        server.setPort(port);
        context.addService(server);
        return context;
    }

    private KlingComponent keyed(String apiKey) {
        KlingComponent component = new KlingComponent();
        super.configure(component);
        component.getConfiguration().setApiKey(apiKey);
        return component;
    }

    @AfterEach
    void stopCapturing() {
        LoggerContext logs = LoggerContext.getContext(false);
        Configuration config = logs.getConfiguration();
        config.getRootLogger().removeAppender(appender.getName());
        config.getRootLogger().setLevel(levelsBefore.get(config.getRootLogger().getName()));
        config.getLoggers().values().forEach(l -> l.setLevel(levelsBefore.get(l.getName())));
        logs.updateLoggers();
    }

    @Override
    public void configureContext(CamelContextConfiguration configuration) {
        super.configureContext(configuration);
        configuration.withShutdownTimeout(1);
    }

    @Override
    protected void configure(KlingComponent kling) {
        super.configure(kling);
        // the component signs JWTs; one endpoint uses an API key instead
        kling.getConfiguration().setApiKey(null);
        kling.getConfiguration().setAccessKey(ACCESS_KEY);
        kling.getConfiguration().setSecretKey(SECRET_KEY);
        kling.setCallbackBaseUrl("http://127.0.0.1:" + port);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:jwt").to("kling:text2video?model=kling-v2-6");
                from("direct:apiKey").to("klingKey:text2video?model=kling-v2-6");
                from("direct:wrongKey").to("klingWrong:text2video?model=kling-v2-6");
                from("direct:later").to("kling:image-generation?waitForCompletion=false");
                from("direct:account").to("kling:account");
                from("kling:image-generation?scanInterval=200").to("mock:collected");
            }
        };
    }

    @Test
    void noSecretAppearsAnywhere() throws Exception {
        List<Exchange> outcomes = new ArrayList<>();
        outcomes.add(template.request("direct:jwt", e -> e.getMessage().setBody("a lighthouse")));
        outcomes.add(template.request("direct:jwt", e -> e.getMessage().setBody("a [[fail]] lighthouse")));
        outcomes.add(template.request("direct:apiKey", e -> e.getMessage().setBody("a harbour")));
        outcomes.add(template.request("direct:wrongKey", e -> e.getMessage().setBody("a refused harbour")));
        outcomes.add(template.request("direct:later", e -> e.getMessage().setBody("four posters")));
        outcomes.add(template.request("direct:account", e -> {
        }));
        WritableHealthCheckRepository repo = HealthCheckHelper.getHealthCheckRepository(context, "producers",
                WritableHealthCheckRepository.class);
        repo.setEnabled(true);
        List<String> health = repo.stream().map(HealthCheck::call)
                .map(r -> r.getState() + " " + r.getDetails() + " " + r.getMessage().orElse("")
                          + r.getError().map(SecretsNeverLoggedTest::trace).orElse(""))
                .toList();
        MockEndpoint collected = getMockEndpoint("mock:collected");
        collected.expectedMessageCount(1);
        collected.assertIsSatisfied(WAIT.toMillis());

        // the run did what it claims: every path that could leak a secret was taken
        assertThat(outcomes.get(0).getException()).as("JWT create").isNull();
        assertThat(outcomes.get(1).getException()).as("failed task").isInstanceOf(KlingTaskFailedException.class);
        assertThat(outcomes.get(2).getException()).as("API-key create").isNull();
        assertThat(outcomes.get(3).getException()).as("refused key").isInstanceOf(KlingApiException.class);
        assertThat(((KlingApiException) outcomes.get(3).getException()).getHttpStatus()).isEqualTo(401);
        assertThat(outcomes.get(4).getException()).as("fire-and-forget").isNull();
        assertThat(outcomes.get(5).getException()).as("account").isNull();
        assertThat(health).as("health of the JWT, API-key and refused accounts")
                .satisfiesExactlyInAnyOrder(h -> assertThat(h).startsWith("UP"), h -> assertThat(h).startsWith("UP"),
                        h -> assertThat(h).startsWith("DOWN"));
        awaitAsserted("a callback delivered to the component", () -> assertThat(sim().callbacks()).isNotEmpty());

        Set<String> secrets = secrets();
        assertThat(secrets).as("the run must have produced tokens to look for").hasSizeGreaterThan(4);
        List<String> visible = new ArrayList<>(logged);
        outcomes.forEach(out -> {
            visible.add(String.valueOf(out.getException() == null ? "" : trace(out.getException())));
            visible.add(out.getMessage().getHeaders().toString());
        });
        visible.addAll(health);
        context.getEndpoints().forEach(endpoint -> visible.add(endpoint.toString()));
        context.getComponentNames().forEach(name -> visible.add(String.valueOf(context.getComponent(name))));
        context.getRoutes().forEach(route -> visible.add(route.getEndpoint().toString()));
        meters.getMeters().stream().map(Meter::getId).forEach(id -> visible.add(id.toString()));
        assertThat(logged).as("TRACE logging was on").isNotEmpty();
        for (String secret : secrets) {
            assertThat(visible).as("a secret (%s…) leaked", secret.substring(0, 4))
                    .noneMatch(text -> text.contains(secret) && !isServerRequestLine(text));
        }
    }

    /**
     * The one place a callback token shows: the HTTP server's own TRACE line of each request it accepts (and any
     * access log in front of it), because Kling can only call a URL. A token grants nothing: a callback is a hint
     * the component confirms with the API, so a leaked, forged or replayed one changes no result.
     */
    private static boolean isServerRequestLine(String text) {
        return text.startsWith("io.vertx.ext.web.impl.RouterImpl ") && text.contains("/kling/callbacks/");
    }

    /** The API key, access and secret keys, every JWT and callback token the simulator saw. */
    private Set<String> secrets() {
        Set<String> secrets = new TreeSet<>(List.of(API_KEY, ACCESS_KEY, SECRET_KEY, WRONG_KEY));
        for (RecordedRequest request : sim().requests()) {
            request.header("authorization").map(h -> h.substring("Bearer ".length())).ifPresent(secrets::add);
            String callback = request.json().path("callback_url").asText("");
            if (!callback.isEmpty()) {
                secrets.add(callback.substring(callback.lastIndexOf('/') + 1));
            }
        }
        return secrets;
    }

    private static String trace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
