package dev.camelkling.simulator;

import java.util.Map;

/**
 * What a request asked for, judged by the shape of its method, path and query only (so a request that is
 * refused, e.g. for bad credentials, still has a kind). Counted by {@link KlingSimulator#requestCount(RequestKind)}.
 */
public enum RequestKind {
    /** {@code POST /v1/videos/{op}}: create a task. */
    CREATE,
    /** {@code GET /v1/videos/{op}/{id}}: one task by task id or external id. */
    QUERY,
    /** {@code GET /v1/videos/{op}?external_task_id=X}: one task by external id. */
    LOOKUP,
    /** {@code GET /v1/videos/{op}} without {@code external_task_id}: a page of tasks. */
    LIST,
    /** Anything under {@code /files/videos/}: a result download. */
    DOWNLOAD,
    /** Anything else (answered with 404 / 1202). */
    OTHER;

    static RequestKind of(String method, String path, Map<String, String> queryParams) {
        if (path.startsWith(KlingSimulator.FILES_PREFIX)) {
            return DOWNLOAD;
        }
        if (!path.startsWith(VideoTaskHandler.PREFIX)) {
            return OTHER;
        }
        String rest = path.substring(VideoTaskHandler.PREFIX.length());
        int slash = rest.indexOf('/');
        if (rest.isEmpty() || slash == 0) {
            return OTHER;
        }
        if (slash > 0) {
            String id = rest.substring(slash + 1);
            return "GET".equals(method) && !id.isEmpty() && !id.contains("/") ? QUERY : OTHER;
        }
        if ("POST".equals(method)) {
            return CREATE;
        }
        if ("GET".equals(method)) {
            return queryParams.containsKey("external_task_id") ? LOOKUP : LIST;
        }
        return OTHER;
    }
}
