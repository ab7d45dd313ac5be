package dev.camelkling.component.mapping;

import org.apache.camel.Exchange;

import dev.camelkling.exceptions.KlingValidationException;

/**
 * Every create carries an {@code external_task_id}, so that after an ambiguous failure the task can be looked up
 * instead of bought twice. It comes from the header, from the option (a fixed value or a Simple expression such
 * as {@code ${header.orderId}}: a business key survives a restart, so a job the source hands over again is
 * adopted, not bought again), or is derived: from the input's identity where Camel gives one (the file a file
 * consumer read, see {@link SourceIdentity}: a run interrupted and started again on the same file adopts the task
 * of the first run instead of buying it again), otherwise from the exchange id; plus the number of tasks this
 * exchange already created: different for a second create in the same route (ids must be unique per account).
 */
public final class ExternalTaskIds {

    static final String PREFIX = "camel-";
    /** Marks an id derived from the input, not from the exchange: {@code camel-src-<digest>}. */
    static final String FROM_SOURCE = "src-";
    private static final String CREATED = "CamelKlingTasksCreated";
    private static final String LAST_CREATED = "CamelKlingLastExternalTaskId";
    private static final String ECHOED = "CamelKlingEchoedExternalTaskId";
    private static final int MAX_LENGTH = 128;

    private ExternalTaskIds() {
    }

    static String orDerived(String given, Exchange exchange) {
        if (given != null) {
            return given;
        }
        int created = exchange.getProperty(CREATED, 0, Integer.class);
        String base = SourceIdentity.of(exchange).map(id -> FROM_SOURCE + id).orElse(exchange.getExchangeId());
        return PREFIX + base + (created == 0 ? "" : "-" + created);
    }

    static boolean isExpression(String option) {
        return option != null && option.contains("${");
    }

    static String evaluate(String expression, Exchange exchange) {
        String value = exchange.getContext().resolveLanguage("simple").createExpression(expression)
                .evaluate(exchange, String.class);
        if (value == null || value.isBlank()) {
            throw new KlingValidationException("externalTaskId", "expression " + expression + " gave no value");
        }
        if (value.length() > MAX_LENGTH) {
            throw new KlingValidationException("externalTaskId", "must be at most " + MAX_LENGTH + " characters");
        }
        return value;
    }

    /** Called once Kling accepted a create of this exchange. */
    public static void recordCreated(Exchange exchange, String externalTaskId) {
        exchange.setProperty(CREATED, exchange.getProperty(CREATED, 0, Integer.class) + 1);
        exchange.setProperty(LAST_CREATED, externalTaskId);
    }

    /**
     * The external id of the task this exchange created last, when Camel redelivers the exchange (after a
     * timeout, say): that task may still be running and is resumed rather than bought again.
     */
    public static String createdBeforeRedelivery(Exchange exchange) {
        Integer counter = exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, Integer.class);
        boolean redelivered = exchange.isExternalRedelivered() || counter != null && counter > 0;
        return redelivered ? exchange.getProperty(LAST_CREATED, String.class) : null;
    }

    /** The component writes Kling's echo into the header; remember it so a later create does not reuse it. */
    public static void recordEcho(Exchange exchange, String externalTaskId) {
        exchange.setProperty(ECHOED, externalTaskId);
    }

    /** True when the header value is the echo of an earlier task, not the user's choice for the next one. */
    static boolean isEcho(Exchange exchange, Object headerValue) {
        return headerValue != null && headerValue.equals(exchange.getProperty(ECHOED));
    }
}
