package org.tomoni.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoTest {

    @Test
    void aDocumentWrittenBeforeARestartIsThereAfterIt(@TempDir Path data) {
        try (EmbeddedMongo first = EmbeddedMongo.onDisk(data); MongoClient client = MongoClients.create(first.connectionString())) {
            helpers(client).insertOne(new Document("_id", "v-1").append("name", "Yuki").append("area", "Kita"));
        }

        try (EmbeddedMongo second = EmbeddedMongo.onDisk(data); MongoClient client = MongoClients.create(second.connectionString())) {
            Document found = helpers(client).find(new Document("_id", "v-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("Yuki");
        }
        assertThat(data.resolve(EmbeddedMongo.STORE_FILE)).exists();
    }

    @Test
    void anInMemoryServerKeepsNothing(@TempDir Path data) {
        try (EmbeddedMongo first = EmbeddedMongo.inMemory(); MongoClient client = MongoClients.create(first.connectionString())) {
            helpers(client).insertOne(new Document("_id", "v-1"));
        }
        try (EmbeddedMongo second = EmbeddedMongo.inMemory(); MongoClient client = MongoClients.create(second.connectionString())) {
            assertThat(helpers(client).countDocuments()).isZero();
        }
    }

    @Test
    void createsAMissingDataFolder(@TempDir Path parent) {
        Path data = parent.resolve("nested/data");
        try (EmbeddedMongo mongo = EmbeddedMongo.onDisk(data)) {
            assertThat(data).isDirectory();
        }
    }

    private static MongoCollection<Document> helpers(MongoClient client) {
        return client.getDatabase("tomoni").getCollection("volunteers");
    }
}
