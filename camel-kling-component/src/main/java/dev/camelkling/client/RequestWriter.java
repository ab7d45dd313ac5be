package dev.camelkling.client;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Turns one operation's typed request into the JSON body of its create call. */
@FunctionalInterface
public interface RequestWriter<R> {

    ObjectNode write(R request);
}
