package dev.camelkling.component;

import java.io.IOException;
import java.io.InputStream;

import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

/** Closes a downloaded result stream when its exchange is done, read or not. */
final class StreamCloser extends SynchronizationAdapter {

    private final InputStream stream;

    StreamCloser(InputStream stream) {
        this.stream = stream;
    }

    @Override
    public void onDone(Exchange exchange) {
        try {
            stream.close();
        } catch (IOException e) {
            // nothing left to do with a stream nobody reads any more
        }
    }
}
