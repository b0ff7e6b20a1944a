package org.tomoni.storage;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The keys of a unique index ({@code _id} and the like) in the embedded store: written as BSON and ordered the
 * way MongoDB orders values. The library's default type orders keys by comparing their Java-serialised bytes, so
 * every lookup by {@code _id} serialised a dozen keys. A key the BSON codec cannot write (an absent field in a
 * sparse index) is written by that default type, which marks its values differently.
 */
final class KeyValueType extends BasicDataType<KeyValue> {

    static final KeyValueType INSTANCE = new KeyValueType();

    private static final byte BSON = (byte) 0xF1;
    private static final String VALUES = "v";

    private final ObjectDataType javaSerialized = new ObjectDataType();
    private final ValueComparator order = ValueComparator.asc();

    private KeyValueType() {
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        int length = Math.min(a.size(), b.size());
        for (int i = 0; i < length; i++) {
            int compared = order.compare(a.get(i), b.get(i));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        List<Object> values = new ArrayList<>(key.size());
        key.forEach(values::add);
        if (values.stream().allMatch(KeyValueType::bson)) {
            BsonPages.write(buffer, BSON, new Document(VALUES, values));
        } else {
            javaSerialized.write(buffer, key);
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        return BsonPages.written(buffer, BSON) ? new KeyValue((List<?>) BsonPages.read(buffer).get(VALUES))
                : (KeyValue) javaSerialized.read(buffer);
    }

    @Override
    public int getMemory(KeyValue key) {
        return 64 + 32 * key.size();
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }

    /** Whether the codec writes the value; {@link Missing} (a field a sparse index found absent) it does not. */
    private static boolean bson(Object value) {
        return !(value instanceof Missing);
    }
}
