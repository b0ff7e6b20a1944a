package org.tomoni.storage;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, with documents written as BSON ({@link BsonDocumentType}), and where a query
 * naming an {@code _id} besides other fields — every
 * conditional update: "claim this job if nobody holds it", "accept this request if it is still open" — finds the
 * document through the {@code _id} index and checks the other fields on it alone. The library uses an index only
 * when the query has exactly the index's fields, so each of those updates would otherwise read the whole
 * collection; a real MongoDB plans them by {@code _id} anyway. Collections keep the library's map names, so a store
 * the library wrote opens here with every document.
 */
final class IdIndexedH2Backend extends H2Backend {

    /** The library's names for a collection's maps in the MVStore: its documents and its metadata. */
    static final String DOCUMENTS = "databases.";
    static final String METADATA = "meta.";
    /** The library's infix for an index's map, and the suffix of ours. */
    static final String INDEX = "._index_";
    static final String BSON_KEYS = ".bson";

    IdIndexedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /** An inner class: the library opens collections while constructing it, before any field of its own is set. */
    private final class Database extends H2Database {

        Database(String name, MVStore store, CursorRegistry cursors) {
            super(name, store, cursors);
        }

        /**
         * Under a name of its own, so an index the library wrote (keys in its order) is left behind: it is
         * removed, and the new one, empty, is filled from the collection's documents when the collection opens.
         */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                       boolean sparse) {
            MVStore store = getMvStore();
            String libraryName = getFullCollectionNamespace(collectionName) + INDEX + indexName;
            if (store.hasMap(libraryName)) {
                store.removeMap(libraryName);
            }
            MVMap<KeyValue, Object> positions = store.openMap(libraryName + BSON_KEYS,
                    new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE));
            return new StoredUniqueIndex(positions, indexName, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            String name = getFullCollectionNamespace(collection.getCollectionName()) + INDEX + indexName + BSON_KEYS;
            if (getMvStore().hasMap(name)) {
                getMvStore().removeMap(name);
            }
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String name = getFullCollectionNamespace(collectionName);
            MVStore store = getMvStore();
            MVMap<Object, Document> documents = store.openMap(DOCUMENTS + name,
                    new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
            MVMap<String, Object> metadata = store.openMap(METADATA + name);
            return new Collection(this, collectionName, options, documents, metadata, cursorRegistry);
        }
    }

    private static final class Collection extends H2Collection {

        Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> documents,
                   MVMap<String, Object> metadata, CursorRegistry cursors) {
            super(database, name, options, documents, metadata, cursors);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            Object id = query.get(getIdField());
            if (id != null && query.size() > 1) {
                Document byId = new Document(getIdField(), id);
                for (Index<Object> index : getIndexes()) {
                    if (index.canHandle(byId)) {
                        // the documents with that _id, each still checked against the whole query
                        return matchDocuments(query, index.getPositions(byId), orderBy, numberToSkip, limit,
                                batchSize, fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
    }
}
