package dev.camelkling.component;

import java.io.FilterInputStream;
import java.io.InputStream;

/**
 * The body of {@code download=true}: the result file streamed from its URL. Its own type so that the component
 * can exempt it from Camel's stream caching, which would otherwise copy a whole video into memory between two
 * steps of a route. Read it once; it is closed when the exchange is done.
 */
public final class KlingResultStream extends FilterInputStream {

    KlingResultStream(InputStream in) {
        super(in);
    }
}
