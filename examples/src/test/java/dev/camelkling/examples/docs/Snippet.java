package dev.camelkling.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One code block of a document: Markdown fences (```java) and AsciiDoc listings ({@code [source,java]} then
 * {@code ----}).
 *
 * @param document the document, relative to the project root
 * @param line     the block's first line of code, 1-based
 * @param language java, yaml, properties, or whatever the block says
 */
record Snippet(String document, int line, String language, String code) {

    private static final Pattern FENCE = Pattern.compile("^\\s*```(\\w*)\\s*$");
    private static final Pattern SOURCE = Pattern.compile("^\\[source,(\\w+)\\]\\s*$");

    @Override
    public String toString() {
        return document + ":" + line + " (" + language + ")";
    }

    /** Every block of the document, in order. */
    static List<Snippet> in(Path root, String document) {
        List<String> lines;
        try {
            lines = Files.readAllLines(root.resolve(document), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return document.endsWith(".adoc") ? asciidoc(document, lines) : markdown(document, lines);
    }

    private static List<Snippet> markdown(String document, List<String> lines) {
        List<Snippet> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (open.matches()) {
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                    end++;
                }
                found.add(new Snippet(document, i + 2, open.group(1), join(lines, i + 1, end)));
                i = end;
            }
        }
        return found;
    }

    private static List<Snippet> asciidoc(String document, List<String> lines) {
        List<Snippet> found = new ArrayList<>();
        for (int i = 0; i < lines.size() - 1; i++) {
            Matcher source = SOURCE.matcher(lines.get(i));
            if (source.matches() && lines.get(i + 1).equals("----")) {
                int end = i + 2;
                while (end < lines.size() && !lines.get(end).equals("----")) {
                    end++;
                }
                found.add(new Snippet(document, i + 3, source.group(1), join(lines, i + 2, end)));
                i = end;
            }
        }
        return found;
    }

    private static String join(List<String> lines, int from, int to) {
        return String.join("\n", lines.subList(from, Math.min(to, lines.size()))) + "\n";
    }
}
