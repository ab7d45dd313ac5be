package dev.camelkling.component;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.UriParam;

import dev.camelkling.operations.Operations;

/**
 * How a task is waited for and delivered: waiting, timeouts, polling, the result's shape, dry runs, and what a
 * consumer emits. Part of {@link KlingConfiguration}, which extends it (one flat set of option names).
 */
public abstract class KlingDeliveryOptions extends KlingConnectionOptions {

    // ---- flow

    @UriParam(label = "producer",
              description = "Validate and price the request without sending anything: no concurrency slot, no task"
                            + " record, no HTTP call (lip-sync: not even identify-face). The body becomes a"
                            + " CostEstimate (operation, model, units, basis, path, wireBody) and"
                            + " CamelKlingUnitsEstimated is set. Only for task-creating operations.")
    private boolean dryRun;
    @UriParam(label = "producer,advanced",
              description = "Send requests for models Kling retired (video kling-v1-6 and the kling-v2-1 family, image"
                            + " kling-v1-5 and the kling-v2 family, retired on 2026-09-15) anyway, for a gateway that"
                            + " still serves them. By default such a request is refused before sending, naming the"
                            + " successor.")
    private boolean allowRetiredModels;
    @UriParam(label = "producer", defaultValue = "true",
              description = "Wait until the task finishes (without holding a thread). When false the task id is returned at once.")
    private boolean waitForCompletion = true;
    @UriParam(label = "producer", defaultValue = "30m", javaType = "java.time.Duration",
              description = "How long to wait for a task (and for a free concurrency slot) before KlingTimeoutException.")
    private long timeout = 30 * 60_000L;
    @UriParam(label = "producer",
              description = "Endpoint URI told of each status change of a task this endpoint waits for (submitted,"
                            + " processing, succeed, failed): a copy of the message with CamelKlingTaskId,"
                            + " CamelKlingTaskStatus and CamelKlingElapsed, sent one-way, e.g. seda:progress.")
    private String progressUri;
    @UriParam(label = "producer", defaultValue = "false",
              description = "Make the body an InputStream of the first result instead of the task, streamed from its URL.")
    private boolean download;
    @UriParam(label = "common", defaultValue = "false",
              description = "Make the body a List with one Message per result file (each with CamelKlingResultIndex,"
                            + " CamelKlingResultUrl and, with download=true, its stream), for .split(body()); image"
                            + " tasks return up to 9 images. The consumer's body is shaped the same way.")
    private boolean splitResults;
    @UriParam(label = "producer", defaultValue = "text2video",
              enums = Operations.TASK_URI_NAMES,
              description = "For kling:task: which operation the task belongs to (Kling queries per operation).")
    private String taskOperation = "text2video";

    // ---- consumer

    @UriParam(label = "consumer", defaultValue = "application", enums = "application,account",
              description = "Which finished tasks the consumer emits: application (those this application submitted,"
                            + " from the task store) or account (every task Kling lists for the operation).")
    private ConsumerScope scope = ConsumerScope.APPLICATION;
    @UriParam(label = "consumer",
              description = "Remembers which tasks were emitted, so each is emitted once across restarts (e.g. a"
                            + " FileIdempotentRepository or JdbcMessageIdRepository). Default: in memory.")
    private IdempotentRepository idempotentRepository;
    @UriParam(label = "consumer", defaultValue = "30s", javaType = "java.time.Duration",
              description = "How often the consumer looks for tasks to take over: records left by a stopped"
                            + " application or node (scope=application), or newly finished tasks (scope=account).")
    private long scanInterval = 30_000L;
    @UriParam(label = "consumer", defaultValue = "24h", javaType = "java.time.Duration",
              description = "scope=account: how far back finished tasks are emitted on the first scan.")
    private long accountLookback = 24 * 3_600_000L;

    // ---- polling

    @UriParam(label = "advanced", javaType = "java.time.Duration",
              description = "First status check after a task was created. Default: when the model usually finishes"
                            + " (e.g. 60s for a 5 s kling-v2-6 clip), so most tasks are found done on the first look.")
    private long pollInitialDelay;
    @UriParam(label = "advanced", defaultValue = "30s", javaType = "java.time.Duration",
              description = "Longest wait between two status checks (after the first, waits start at a sixth of it"
                            + " and grow by half each time, spread by 10%).")
    private long pollMaxDelay = 30_000L;

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public boolean isAllowRetiredModels() {
        return allowRetiredModels;
    }

    public void setAllowRetiredModels(boolean allowRetiredModels) {
        this.allowRetiredModels = allowRetiredModels;
    }

    public boolean isWaitForCompletion() {
        return waitForCompletion;
    }

    public void setWaitForCompletion(boolean waitForCompletion) {
        this.waitForCompletion = waitForCompletion;
    }

    public long getTimeout() {
        return timeout;
    }

    public void setTimeout(long timeout) {
        this.timeout = timeout;
    }

    public String getProgressUri() {
        return progressUri;
    }

    public void setProgressUri(String progressUri) {
        this.progressUri = progressUri;
    }

    public boolean isDownload() {
        return download;
    }

    public void setDownload(boolean download) {
        this.download = download;
    }

    public boolean isSplitResults() {
        return splitResults;
    }

    public void setSplitResults(boolean splitResults) {
        this.splitResults = splitResults;
    }

    public String getTaskOperation() {
        return taskOperation;
    }

    public void setTaskOperation(String taskOperation) {
        this.taskOperation = taskOperation;
    }

    public ConsumerScope getScope() {
        return scope;
    }

    public void setScope(ConsumerScope scope) {
        this.scope = scope;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public long getScanInterval() {
        return scanInterval;
    }

    public void setScanInterval(long scanInterval) {
        this.scanInterval = scanInterval;
    }

    public long getAccountLookback() {
        return accountLookback;
    }

    public void setAccountLookback(long accountLookback) {
        this.accountLookback = accountLookback;
    }

    public long getPollInitialDelay() {
        return pollInitialDelay;
    }

    public void setPollInitialDelay(long pollInitialDelay) {
        this.pollInitialDelay = pollInitialDelay;
    }

    public long getPollMaxDelay() {
        return pollMaxDelay;
    }

    public void setPollMaxDelay(long pollMaxDelay) {
        this.pollMaxDelay = pollMaxDelay;
    }
}
