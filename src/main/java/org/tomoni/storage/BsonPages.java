package org.tomoni.storage;

import java.nio.ByteBuffer;
import java.util.Map;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;

/**
 * A document in an MVStore page, as {@link BsonDocumentType} and {@link KeyValueType} write it: a marker byte that
 * the library's default type never writes first, the length, and the BSON the server's wire codec makes.
 */
final class BsonPages {

    private BsonPages() {
    }

    static void write(WriteBuffer buffer, byte marker, Map<String, ?> document) {
        ByteBuf bson = Unpooled.buffer();
        try {
            BsonEncoder.encodeDocument(document, bson);
            byte[] bytes = new byte[bson.readableBytes()];
            bson.readBytes(bytes);
            buffer.put(marker).putVarInt(bytes.length).put(bytes);
        } finally {
            bson.release();
        }
    }

    /** Whether the value at the buffer's position was written by {@link #write} with this marker. */
    static boolean written(ByteBuffer buffer, byte marker) {
        return buffer.get(buffer.position()) == marker;
    }

    static Document read(ByteBuffer buffer) {
        buffer.get();
        byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
        buffer.get(bytes);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
    }
}
