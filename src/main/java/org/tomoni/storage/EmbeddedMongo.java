package org.tomoni.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process MongoDB-compatible server (mongo-java-server) on a loopback port, backed by an H2 MVStore file.
 * It speaks the MongoDB wire protocol, so the ordinary driver and Spring Data talk to it exactly as to a real
 * server.
 */
public final class EmbeddedMongo implements AutoCloseable {

    static final String STORE_FILE = "tomoni.mv";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final H2Backend backend;
    private final MongoServer server;
    private final InetSocketAddress address;
    private final AtomicLong commitsAsked = new AtomicLong();
    private final Object committing = new Object();
    private long commitsDone;

    private EmbeddedMongo(H2Backend backend) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        this.address = server.getLocalAddress();
    }

    /** Starts a server whose data lives in {@code folder}, creating the folder when needed. */
    public static EmbeddedMongo onDisk(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + folder.toAbsolutePath(), e);
        }
        Path file = folder.resolve(STORE_FILE).toAbsolutePath();
        EmbeddedMongo mongo = new EmbeddedMongo(new IdIndexedH2Backend(MVStore.open(file.toString())));
        log.info("Embedded MongoDB on {} with data in {}", mongo.address, file);
        return mongo;
    }

    /** Starts a server that keeps nothing once closed. */
    public static EmbeddedMongo inMemory() {
        EmbeddedMongo mongo = new EmbeddedMongo(new IdIndexedH2Backend(MVStore.open(null)));
        log.info("Embedded MongoDB on {} in memory only", mongo.address);
        return mongo;
    }

    public ConnectionString connectionString() {
        return new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    /**
     * Writes everything stored so far to disk now. The store otherwise commits about once a second, so work that
     * must survive a crash (an outbox entry, a claimed job) calls this after its write. Callers who arrive while a
     * commit is running share the next one: it covers every write made before they called.
     */
    public void commit() {
        if (backend.isInMemory()) {
            return;
        }
        long mine = commitsAsked.incrementAndGet();
        synchronized (committing) {
            if (commitsDone >= mine) {
                return;
            }
            long upTo = commitsAsked.get();
            backend.commit();
            commitsDone = upTo;
        }
    }

    /** Stops accepting connections and closes the store cleanly, so nothing written is lost. */
    @Override
    public void close() {
        server.shutdown();
        log.info("Embedded MongoDB on {} stopped", address);
    }
}
