package dev.camelkling.component;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelkling.client.GatewayOptions;

/** Puts the gateway-only options of the endpoint beside the official fields, for the dialect to take or refuse. */
final class GatewayFields {

    private GatewayFields() {
    }

    static void add(ObjectNode body, KlingConfiguration options) {
        if (options.getOffpeak() != null) {
            body.putObject(GatewayOptions.KEY).put("offpeak", options.getOffpeak());
        }
    }
}
