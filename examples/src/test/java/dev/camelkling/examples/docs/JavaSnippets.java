package dev.camelkling.examples.docs;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Turns a Java snippet of the documentation into a class and compiles it. A snippet is route DSL (the body of a
 * {@code RouteBuilder.configure()}), statements that add a component (run before the context starts) or use a
 * running one (run after the start), complete classes, or classes followed by such statements. The class it
 * becomes extends {@code RouteBuilder}; the snippet's own classes are nested in it.
 */
final class JavaSnippets {

    static final String PACKAGE = "snippets";

    private static final String IMPORTS = """
            import java.io.File;
            import java.nio.file.Path;
            import java.util.List;
            import java.util.Map;
            import org.apache.camel.*;
            import org.apache.camel.builder.RouteBuilder;
            import org.apache.camel.builder.endpoint.EndpointRouteBuilder;
            import org.apache.camel.spi.IdempotentRepository;
            import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            import dev.camelkling.component.KlingComponent;
            import dev.camelkling.cost.*;
            import dev.camelkling.dsl.KlingComponentBuilderFactory;
            import dev.camelkling.dsl.KlingEndpointBuilderFactory;
            import dev.camelkling.exceptions.*;
            import dev.camelkling.tasks.store.*;
            """;
    private static final Pattern CLASS = Pattern.compile("(?m)^(public\\s+)?class\\s+(\\w+)");

    private JavaSnippets() {
    }

    /** The compiled snippet: the class to load, and the names of its own classes. */
    record Compiled(ClassLoader loader, String className, List<String> nestedClasses) {
    }

    static Compiled compile(String code, String className, Path workDir) throws IOException {
        List<String> nested = new ArrayList<>();
        StringBuilder classes = new StringBuilder();
        String statements = code;
        Matcher m;
        while ((m = CLASS.matcher(statements)).find()) {
            int start = m.start();
            int end = closingBrace(statements, statements.indexOf('{', m.end())) + 1;
            nested.add(m.group(2));
            classes.append("public static class ").append(statements, m.end() - m.group(2).length(), end)
                    .append('\n');
            statements = statements.substring(0, start) + statements.substring(end);
        }
        boolean routes = statements.contains("from(") || statements.contains("onException(");
        // setting up a component comes before the start; anything else (a cost report, a dry run) after it
        boolean afterStart = !routes && !statements.contains("addComponent(") && !statements.contains("register(");
        String source = "package " + PACKAGE + ";\n" + IMPORTS
                        + "public class " + className + " extends RouteBuilder {\n"
                        + "private static final Logger LOG = LoggerFactory.getLogger(\"snippet\");\n"
                        + "private static String env(String name) { return System.getProperty(\"snippet.env.\" + name); }\n"
                        + classes
                        + "@Override public void configure() throws Exception {\n"
                        + "CamelContext context = getContext(); CamelContext camelContext = context;\n"
                        + (routes ? statements : "") + "\n}\n"
                        + "public void setUp(CamelContext context) throws Exception {\n"
                        + "CamelContext camelContext = context;\n"
                        + (!routes && !afterStart ? statements : "") + "\n}\n"
                        + "public void run(CamelContext context) throws Exception {\n"
                        + "ProducerTemplate template = context.createProducerTemplate();\n"
                        + (afterStart ? statements : "") + "\n}\n}\n";
        Path sources = Files.createDirectories(workDir.resolve("src").resolve(PACKAGE));
        Path file = sources.resolve(className + ".java");
        Files.writeString(file, source);
        Path classesDir = Files.createDirectories(workDir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean ok = javac.getTask(errors, null, null, List.of("-classpath", classPath(), "-d", classesDir
                .toString(), "-proc:none"), null, javac.getStandardFileManager(null, null, null)
                        .getJavaFileObjects(file.toFile())).call();
        if (!ok) {
            throw new AssertionError("the snippet does not compile:\n" + errors + "\nas compiled:\n" + source);
        }
        ClassLoader loader = new URLClassLoader(new URL[]{classesDir.toUri().toURL()},
                JavaSnippets.class.getClassLoader());
        return new Compiled(loader, PACKAGE + "." + className, nested);
    }

    private static int closingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new AssertionError("unbalanced braces in the snippet:\n" + text);
    }

    /** The test's class path; a surefire booter jar stands for the entries its manifest lists. */
    private static String classPath() {
        String given = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = new ArrayList<>();
        for (String entry : given.split(File.pathSeparator)) {
            if (entry.contains("surefirebooter") && entry.endsWith(".jar")) {
                entries.addAll(manifestClassPath(entry));
            } else {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> manifestClassPath(String jar) {
        try (JarFile file = new JarFile(jar)) {
            Manifest manifest = file.getManifest();
            List<String> entries = new ArrayList<>();
            for (String url : manifest.getMainAttributes().getValue("Class-Path").split(" ")) {
                if (!url.isBlank()) {
                    entries.add(Path.of(URI.create(url)).toString());
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
