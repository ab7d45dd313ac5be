package dev.camelkling.examples.docs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.main.Main;
import org.apache.camel.spi.PropertiesFunction;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.camelkling.component.KlingComponent;
import dev.camelkling.component.KlingConfiguration;
import dev.camelkling.cost.PriceTable;
import dev.camelkling.simulator.KlingSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java, YAML and properties snippet of README.md, docs/getting-started.md and the component reference runs
 * here, as written, against the simulator, so a snippet that drifts from the code fails the build. Java snippets are
 * compiled and their routes started (every endpoint created and started: a misspelt option or a refused value
 * fails); YAML routes are loaded and started; Camel properties start a Camel Main application; price tables are
 * read as price tables. Routes that turn a prompt file into a video do so, and must leave the prompt in place.
 * Relative folders ({@code file:prompts}, {@code data/}) are moved into a temporary directory, and
 * {@code KLING_API_KEY} is the only environment variable, as for a user with an API key.
 */
class DocumentationSnippetsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> DOCUMENTS = List.of("README.md", "docs/getting-started.md",
            "camel-kling-component/src/main/docs/kling-component.adoc");
    private static final Set<String> RUN = Set.of("java", "yaml", "properties");
    /** Code that is not Java, YAML or properties: shell commands, Maven coordinates, JSON shown as output. */
    private static final Set<String> NOT_RUN = Set.of("bash", "xml", "json");
    private static final String API_KEY = "snippet-api-key";
    private static final String DEFAULT_BASE_URL = new KlingConfiguration().getBaseUrl();

    private static final Pattern NAMED_FILE = Pattern.compile("# ([\\w.-]+\\.properties)\\s*\n");

    private static KlingSimulator sim;

    @TempDir
    Path work;

    @BeforeAll
    static void startSimulator() {
        sim = KlingSimulator.builder().apiKey(API_KEY).submittedFor(Duration.ofMillis(50))
                .processingFor(Duration.ofMillis(150)).build().start();
        System.setProperty("snippet.env.KLING_API_KEY", API_KEY);
    }

    @AfterAll
    static void stopSimulator() {
        System.clearProperty("snippet.env.KLING_API_KEY");
        sim.stop();
    }

    static Stream<Snippet> snippets() {
        return DOCUMENTS.stream().flatMap(d -> Snippet.in(ROOT, d).stream()).filter(s -> RUN.contains(s.language()));
    }

    @Test
    void everyCodeBlockOfTheThreeDocumentsIsRunOrIsNotJavaYamlOrProperties() {
        List<Snippet> all = DOCUMENTS.stream().flatMap(d -> Snippet.in(ROOT, d).stream()).toList();

        assertThat(all).as("blocks neither run here nor known to be something else")
                .filteredOn(s -> !RUN.contains(s.language()) && !NOT_RUN.contains(s.language())).isEmpty();
        assertThat(snippets().map(Snippet::document).collect(Collectors.toSet())).as("documents with snippets")
                .containsExactlyInAnyOrderElementsOf(DOCUMENTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void runsAsWritten(Snippet snippet) throws Exception {
        String code = relocated(snippet.code());
        switch (snippet.language()) {
            case "java" -> runJava(snippet, code);
            case "yaml" -> runYaml(code);
            case "properties" -> runProperties(code);
            default -> throw new AssertionError("no runner for " + snippet);
        }
    }

    /** Relative folders into the test's directory; {@code System.getenv} to the test's environment. */
    private String relocated(String code) {
        String dir = work.toString();
        return code.replaceAll("\"file:(?![/{$])", "\"file:" + dir + "/")
                .replaceAll("uri: file:(?![/{$])", "uri: file:" + dir + "/")
                .replaceAll("file\\(\"(?![/{$])", "file(\"" + dir + "/")
                .replaceAll("\"data/", "\"" + dir + "/data/")
                .replaceAll("([('= ])data/", "$1" + dir + "/data/")
                .replace("System.getenv(", "env(");
    }

    private void runJava(Snippet snippet, String code) throws Exception {
        String className = "Snippet" + Math.abs(snippet.toString().hashCode());
        JavaSnippets.Compiled compiled = JavaSnippets.compile(code, className, work.resolve("java"));
        Class<?> type = compiled.loader().loadClass(compiled.className());
        RouteBuilder snippetRoutes = (RouteBuilder) type.getConstructor().newInstance();
        CamelContext context = new DefaultCamelContext();
        try {
            fixtures(context);
            type.getMethod("setUp", CamelContext.class).invoke(snippetRoutes, context);
            context.addRoutes(snippetRoutes);
            for (String nested : compiled.nestedClasses()) {
                Object instance = compiled.loader().loadClass(compiled.className() + "$" + nested)
                        .getConstructor().newInstance();
                if (instance instanceof RoutesBuilder routes) {
                    context.addRoutes(routes);
                }
            }
            startOnSimulator(context, code);
            type.getMethod("run", CamelContext.class).invoke(snippetRoutes, context);
        } finally {
            context.stop();
        }
    }

    private void runYaml(String code) throws Exception {
        CamelContext context = new DefaultCamelContext();
        try {
            fixtures(context);
            context.build();
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("snippet.camel.yaml", code));
            startOnSimulator(context, code);
        } finally {
            context.stop();
        }
    }

    private void runProperties(String code) throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(code));
        if (properties.stringPropertyNames().stream().noneMatch(k -> k.startsWith("camel."))) {
            // a price table (camel.component.kling.priceOverrides points at one): read as the component reads it
            assertThat(PriceTable.load(new ByteArrayInputStream(code.getBytes(StandardCharsets.UTF_8))))
                    .isNotNull();
            return;
        }
        Properties initial = new Properties();
        if (properties.stringPropertyNames().stream().noneMatch(k -> k.matches("camel\\.component\\.kling\\."
                                                                               + "(apiKey|accessKey|api-key)"))) {
            initial.setProperty("camel.component.kling.apiKey", API_KEY);
        }
        initial.putAll(properties);
        // files a snippet names in its first line (# kling-prices.properties) are on the class path
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(new URLClassLoader(new URL[]{namedFiles().toUri().toURL()},
                before));
        Main main = new Main() {
            @Override
            protected CamelContext createCamelContext() {
                CamelContext context = super.createCamelContext();
                context.getPropertiesComponent().addPropertiesFunction(new TestEnvironment());
                return context;
            }
        };
        main.setInitialProperties(initial);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:snippet").to("kling:text2video");
            }
        });
        try {
            main.start();
            KlingConfiguration c = main.getCamelContext().getComponent("kling", KlingComponent.class)
                    .getConfiguration();
            assertThat(c.getApiKey() != null || c.getAccessKey() != null).as("credentials on the component").isTrue();
        } finally {
            main.stop();
            Thread.currentThread().setContextClassLoader(before);
        }
    }

    /** The properties snippets that name their file in their first line, written into one directory. */
    private Path namedFiles() throws IOException {
        Path dir = Files.createDirectories(work.resolve("classpath"));
        for (Snippet s : snippets().filter(s -> s.language().equals("properties")).toList()) {
            Matcher named = NAMED_FILE.matcher(s.code());
            if (named.lookingAt() && !named.group(1).equals("application.properties")) {
                Files.writeString(dir.resolve(named.group(1)), s.code());
            }
        }
        return dir;
    }

    /** {@code {{env:NAME}}} reads the test's environment: only KLING_API_KEY is set. */
    private static final class TestEnvironment implements PropertiesFunction {
        @Override
        public String getName() {
            return "env";
        }

        @Override
        public String apply(String remainder) {
            String name = remainder.contains(":") ? remainder.substring(0, remainder.indexOf(':')) : remainder;
            String value = System.getProperty("snippet.env." + name);
            return value != null || !remainder.contains(":") ? value : remainder.substring(remainder.indexOf(':')
                                                                                           + 1);
        }
    }

    /** What the snippets take from their surroundings: an idempotent repository named in a consumer URI. */
    private static void fixtures(CamelContext context) {
        context.getPropertiesComponent().addPropertiesFunction(new TestEnvironment());
        context.getRegistry().bind("emitted", new MemoryIdempotentRepository());
    }

    /**
     * Points the kling component at the simulator (the snippet's own where it made one, unless it chose another
     * server), starts the context, and lets a prompt file become a video where the snippet's route reads prompts.
     */
    private void startOnSimulator(CamelContext context, String code) throws Exception {
        KlingComponent kling = context.getComponent("kling", KlingComponent.class);
        KlingConfiguration c = kling.getConfiguration();
        if (DEFAULT_BASE_URL.equals(c.getBaseUrl())) {
            c.setBaseUrl(sim.baseUrl());
        }
        if (c.getApiKey() == null && c.getAccessKey() == null) {
            c.setApiKey(API_KEY);
        }
        if (c.getPollInitialDelay() == 0) {
            c.setPollInitialDelay(50);
            c.setPollMaxDelay(100);
        }
        Path prompts = work.resolve("prompts");
        boolean promptRoute = code.contains(prompts.toString()) && code.contains("text2video");
        if (promptRoute) {
            Files.createDirectories(prompts);
            Files.writeString(prompts.resolve("espresso.txt"), "An espresso pouring in slow motion");
        }
        context.start();
        if (promptRoute) {
            Path video = work.resolve("videos").resolve("espresso.mp4");
            Awaitility.await("the video of espresso.txt in " + video.getParent()).atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50)).until(() -> Files.isRegularFile(video) && sim.tasks()
                            .stream().anyMatch(t -> "succeed".equals(t.status()) && video.toFile().length() == sim
                                    .videoBytes(t.taskId()).length));
            assertThat(prompts.resolve("espresso.txt")).as("the prompt file, left in place to run again")
                    .exists();
        }
    }
}
