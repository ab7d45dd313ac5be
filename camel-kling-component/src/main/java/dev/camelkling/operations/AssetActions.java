package dev.camelkling.operations;

/**
 * The actions of an asset operation besides create (get and list use the create path): its presets and its
 * delete, on Kling's own API (docs/kling-api-notes.md §8.14, §8.15). All are plain calls: nothing waits, nothing is
 * charged.
 *
 * @param presetsPath GET path of Kling's preset assets
 * @param deletePath  POST path of the delete
 * @param idField     the wire field the delete takes and the assets are keyed by
 * @param idHeader    the header that names the asset to delete
 * @param numericId   whether the id is a number (elements) rather than text (voices)
 * @param maxPageSize largest pageSize of the list
 * @param resultKey   the key of the assets in a task result and in the preset list ({@code voices})
 */
public record AssetActions(String presetsPath, String deletePath, String idField, String idHeader,
        boolean numericId, int maxPageSize, String resultKey) {
}
