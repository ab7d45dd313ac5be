package dev.camelkling.component.mapping;

import org.apache.camel.Exchange;

/**
 * Every create carries an {@code external_task_id}, so that after an ambiguous failure the task can be looked up
 * instead of bought twice. When the user gives none, it is derived from the exchange id plus the number of tasks
 * this exchange already created: stable when Camel redelivers a create that failed, different for a second create
 * in the same route (ids must be unique per account).
 */
public final class ExternalTaskIds {

    static final String PREFIX = "camel-";
    private static final String CREATED = "CamelKlingTasksCreated";
    private static final String ECHOED = "CamelKlingEchoedExternalTaskId";

    private ExternalTaskIds() {
    }

    static String orDerived(String given, Exchange exchange) {
        if (given != null) {
            return given;
        }
        int created = exchange.getProperty(CREATED, 0, Integer.class);
        return PREFIX + exchange.getExchangeId() + (created == 0 ? "" : "-" + created);
    }

    /** Called once Kling accepted a create of this exchange. */
    public static void recordCreated(Exchange exchange) {
        exchange.setProperty(CREATED, exchange.getProperty(CREATED, 0, Integer.class) + 1);
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
