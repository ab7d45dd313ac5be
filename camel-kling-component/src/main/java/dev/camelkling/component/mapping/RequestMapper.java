package dev.camelkling.component.mapping;

import org.apache.camel.Exchange;

/** Builds one operation's typed request from a message: body, headers and endpoint options. */
@FunctionalInterface
public interface RequestMapper<R> {

    R map(Exchange exchange);
}
