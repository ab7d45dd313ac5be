package dev.camelkling.simulator;

import java.util.Map;

/**
 * What a request asked for, judged by the shape of its method, path and query only (so a request that is
 * refused, e.g. for bad credentials, still has a kind). Counted by {@link KlingSimulator#requestCount(RequestKind)}.
 * Every dialect's routes are classified; see docs/simulator.md for the table.
 */
public enum RequestKind {
    /**
     * Create a task: {@code POST} to any official create path ({@code /v1/videos/{op}}, {@code /v1/audio/...},
     * {@code /v1/images/...}, {@code /v1/general/custom-voices}, ...), {@code POST /v1/videos}, {@code POST /v1/video/generations},
     * {@code POST /api/v1/video/generations}, {@code POST /text-to-video/{model}}, {@code POST /image-to-video/{model}}.
     */
    CREATE,
    /**
     * Tasks by task id: {@code GET <create path>/{id}} (task id or external id), {@code GET /v1/videos/{id}},
     * {@code GET /api/v1/video/generations?task_id=}, {@code GET /tasks?task_ids=}.
     */
    QUERY,
    /** Tasks by external id: {@code GET <create path>?external_task_id=X}, {@code GET /tasks?external_task_ids=}. */
    LOOKUP,
    /** {@code GET <create path>} without {@code external_task_id}, or {@code POST /tasks}: a page of tasks. */
    LIST,
    /** Anything under {@code /files/}: a result download (videos, images, audio). */
    DOWNLOAD,
    /**
     * A synchronous call of the official API: identify-face, image-recognize, the five multi-elements selection calls,
     * TTS, preset voices / elements, delete-voices / delete-elements, account costs.
     */
    CALL,
    /** Anything else (answered with a 404 or 400 of the route's dialect). */
    OTHER;

    static RequestKind of(String method, String path, Map<String, String> queryParams) {
        return Route.of(path).kind(method, path, queryParams);
    }
}
