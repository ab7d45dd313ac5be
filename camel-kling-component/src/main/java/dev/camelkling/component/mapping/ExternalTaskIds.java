package dev.camelkling.component.mapping;

import org.apache.camel.Exchange;

/**
 * Every create carries an {@code external_task_id}, so that after an ambiguous failure the task can be looked up
 * instead of bought twice. When the user gives none, it is derived from the exchange id: stable across Camel
 * redeliveries of the same exchange, unique otherwise.
 */
final class ExternalTaskIds {

    static final String PREFIX = "camel-";

    private ExternalTaskIds() {
    }

    static String orDerived(String given, Exchange exchange) {
        return given != null ? given : PREFIX + exchange.getExchangeId();
    }
}
