package dev.camelkling.client.model;

import java.util.List;

/**
 * An element (a subject to reuse across generations): a custom one or a preset.
 *
 * @param elementId          the id element_list entries take
 * @param elementName        its name
 * @param elementDescription its description
 * @param referenceType      {@code image_refer} or {@code video_refer}
 * @param voiceId            the bound voice, or {@code null}
 * @param tags               tag ids ({@code o_101}...)
 * @param ownedBy            {@code kling} for presets, the creator's id otherwise
 * @param status             Kling's status of the element
 */
public record ElementResult(Long elementId, String elementName, String elementDescription, String referenceType,
        String voiceId, List<String> tags, String ownedBy, String status) {

    public ElementResult {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
