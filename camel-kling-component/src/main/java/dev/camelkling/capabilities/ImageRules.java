package dev.camelkling.capabilities;

import java.util.List;
import java.util.Set;

import dev.camelkling.client.model.ElementRef;

import static dev.camelkling.capabilities.Rules.invalid;

/** What the image operations share (docs/kling-api-notes.md §8.16, §9.4): ratios, counts, references. */
final class ImageRules {

    /** The eight aspect ratios of the image operations. */
    static final Set<String> ASPECT_RATIOS = Sets.of("16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9");
    static final int MIN_N = 1;
    static final int MAX_N = 9;
    /** Reference images and elements together. */
    static final int MAX_REFERENCES = 10;

    private ImageRules() {
    }

    static void n(Integer n) {
        Rules.range(n, "n", MIN_N, MAX_N);
    }

    /** Every element names its id. */
    static int elements(List<ElementRef> elements) {
        if (elements == null) {
            return 0;
        }
        for (int i = 0; i < elements.size(); i++) {
            ElementRef e = elements.get(i);
            Rules.required(e == null ? null : e.elementId(), "element_list[" + i + "].element_id");
        }
        return elements.size();
    }

    static void references(int images, int elements, String field) {
        if (images + elements > MAX_REFERENCES) {
            throw invalid(field, "images and elements together must be at most " + MAX_REFERENCES + " (got "
                                 + (images + elements) + ")");
        }
    }
}
