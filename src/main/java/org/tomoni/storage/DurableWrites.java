package org.tomoni.storage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Makes the writes so far survive a crash of this process. A real MongoDB replica set already has them once the
 * write is acknowledged; the embedded store commits to disk about once a second, so work that must never be lost
 * or repeated (an outbox entry, a claimed job) calls {@link #flush()} right after writing.
 */
@Component
public class DurableWrites {

    private final ObjectProvider<EmbeddedMongo> embedded;

    DurableWrites(ObjectProvider<EmbeddedMongo> embedded) {
        this.embedded = embedded;
    }

    public void flush() {
        embedded.ifAvailable(EmbeddedMongo::commit);
    }
}
