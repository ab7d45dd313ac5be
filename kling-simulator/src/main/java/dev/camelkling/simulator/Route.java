package dev.camelkling.simulator;

import java.util.Map;
import java.util.Set;

/**
 * Which family of routes a path belongs to, from the path alone (so faults, counting and dispatch agree).
 * Paths under {@code /v1/videos/} whose first segment is an official operation name stay official; any other
 * {@code /v1/videos/{id}} is the OpenAI-style query route shared by the two OpenAI-shaped gateways.
 */
enum Route {
    OFFICIAL,
    OPENAI,
    GENERATIONS,
    APIMODELS,
    KLING2,
    DOWNLOAD;

    static final String OPENAI_VIDEOS = "/v1/videos";
    static final String GENERATIONS_PATH = "/v1/video/generations";
    static final String APIMODELS_PATH = "/api/v1/video/generations";
    static final String KLING2_TEXT_TO_VIDEO = "/text-to-video/";
    static final String KLING2_IMAGE_TO_VIDEO = "/image-to-video/";
    static final String KLING2_TASKS = "/tasks";
    static final String KLING2_OMNI_VIDEO = "/omni-video/";

    /**
     * First segments of legacy products under /v1/videos/ (docs/kling-api-notes.md §8.1); lip-sync (the older
     * endpoint) is not served but stays official (404 / 1202).
     */
    private static final Set<String> OFFICIAL_OPERATIONS = Set.of("text2video", "image2video", "multi-image2video",
            "omni-video", "motion-control", "multi-elements", "video-extend", "avatar", "identify-face",
            "advanced-lip-sync", "lip-sync", "effects", "image-recognize");

    static Route of(String path) {
        if (path.startsWith(KlingSimulator.FILES_ROOT)) {
            return DOWNLOAD;
        }
        if (path.equals(OPENAI_VIDEOS)) {
            return OPENAI;
        }
        if (path.startsWith(OfficialTaskHandler.PREFIX)) {
            String first = firstSegment(path.substring(OfficialTaskHandler.PREFIX.length()));
            return first.isEmpty() || OFFICIAL_OPERATIONS.contains(first) ? OFFICIAL : OPENAI;
        }
        if (path.equals(GENERATIONS_PATH)) {
            return GENERATIONS;
        }
        if (path.equals(APIMODELS_PATH)) {
            return APIMODELS;
        }
        if (path.startsWith(KLING2_TEXT_TO_VIDEO) || path.startsWith(KLING2_IMAGE_TO_VIDEO)
                || path.startsWith(KLING2_OMNI_VIDEO) || path.equals(KLING2_TASKS)) {
            return KLING2;
        }
        return OFFICIAL; // answered with 404 / 1202
    }

    /** The model or id segment after {@code prefix} when the path is exactly prefix + one segment, else null. */
    static String singleSegment(String path, String prefix) {
        if (!path.startsWith(prefix)) {
            return null;
        }
        String rest = path.substring(prefix.length());
        return rest.isEmpty() || rest.contains("/") ? null : rest;
    }

    RequestKind kind(String method, String path, Map<String, String> query) {
        boolean get = "GET".equals(method);
        boolean post = "POST".equals(method);
        return switch (this) {
            case DOWNLOAD -> RequestKind.DOWNLOAD;
            case OFFICIAL -> officialKind(method, path, query);
            case OPENAI -> {
                if (path.equals(OPENAI_VIDEOS)) {
                    yield post ? RequestKind.CREATE : RequestKind.OTHER;
                }
                yield get && singleSegment(path, OfficialTaskHandler.PREFIX) != null ? RequestKind.QUERY
                        : RequestKind.OTHER;
            }
            case GENERATIONS -> post ? RequestKind.CREATE : RequestKind.OTHER;
            case APIMODELS -> post ? RequestKind.CREATE
                    : get && query.containsKey("task_id") ? RequestKind.QUERY : RequestKind.OTHER;
            case KLING2 -> kling2Kind(get, post, path, query);
        };
    }

    private static RequestKind kling2Kind(boolean get, boolean post, String path, Map<String, String> query) {
        if (path.equals(KLING2_TASKS)) {
            if (post) {
                return RequestKind.LIST;
            }
            boolean byId = query.containsKey("task_ids");
            boolean byExternal = query.containsKey("external_task_ids");
            if (!get || byId == byExternal) {
                return RequestKind.OTHER;
            }
            return byId ? RequestKind.QUERY : RequestKind.LOOKUP;
        }
        boolean create = singleSegment(path, KLING2_TEXT_TO_VIDEO) != null
                || singleSegment(path, KLING2_IMAGE_TO_VIDEO) != null || singleSegment(path, KLING2_OMNI_VIDEO) != null;
        return post && create ? RequestKind.CREATE : RequestKind.OTHER;
    }

    private static RequestKind officialKind(String method, String path, Map<String, String> query) {
        RequestKind served = OfficialPaths.kind(method, path, query);
        if (served != null) {
            return served;
        }
        if (!path.startsWith(OfficialTaskHandler.PREFIX)) {
            return RequestKind.OTHER;
        }
        String rest = path.substring(OfficialTaskHandler.PREFIX.length());
        int slash = rest.indexOf('/');
        if (rest.isEmpty() || slash == 0) {
            return RequestKind.OTHER;
        }
        if (slash > 0) {
            String id = rest.substring(slash + 1);
            return "GET".equals(method) && !id.isEmpty() && !id.contains("/") ? RequestKind.QUERY : RequestKind.OTHER;
        }
        if ("POST".equals(method)) {
            return RequestKind.CREATE;
        }
        if ("GET".equals(method)) {
            return query.containsKey("external_task_id") ? RequestKind.LOOKUP : RequestKind.LIST;
        }
        return RequestKind.OTHER;
    }

    private static String firstSegment(String rest) {
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
