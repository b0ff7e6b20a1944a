package org.tomoni.storage;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded store writes a document into its MVStore file: as BSON, through the server's own wire codec,
 * behind a marker byte. The library's default is Java serialization, which dominated the store's time (every
 * read, every write, every commit, and every cache size estimate serialised the document again). Documents
 * written the old way — a store from before this type — are still read, through the library's default type; the
 * marker is a value that type never writes first.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    private static final byte BSON = (byte) 0xF0;

    private final ObjectDataType javaSerialized = new ObjectDataType();

    private BsonDocumentType() {
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        BsonPages.write(buffer, BSON, document);
    }

    @Override
    public Document read(ByteBuffer buffer) {
        return BsonPages.written(buffer, BSON) ? BsonPages.read(buffer) : (Document) javaSerialized.read(buffer);
    }

    /** A cheap estimate for the page cache; the default serialised the document to measure it. */
    @Override
    public int getMemory(Document document) {
        return estimate(document);
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    private static int estimate(Object value) {
        return switch (value) {
            case null -> 8;
            case String text -> 48 + 2 * text.length();
            case Map<?, ?> map -> 64 + map.entrySet().stream()
                    .mapToInt(entry -> 40 + estimate(entry.getKey()) + estimate(entry.getValue())).sum();
            case Collection<?> list -> 48 + list.stream().mapToInt(item -> 8 + estimate(item)).sum();
            case byte[] bytes -> 24 + bytes.length;
            default -> 24;
        };
    }
}
