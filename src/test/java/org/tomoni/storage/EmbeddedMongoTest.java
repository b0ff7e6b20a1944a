package org.tomoni.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
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
    void everyKindOfValueReadsBackAsItWasWrittenAfterARestart(@TempDir Path data) {
        Document written = new Document("_id", "r-1")
                .append("text", "助けて — LINE")
                .append("small", 42)
                .append("large", 9_000_000_000L)
                .append("fraction", 2.5)
                .append("yes", true)
                .append("nothing", null)
                .append("at", new Date(1_790_000_000_123L))
                .append("money", Decimal128.parse("12.30"))
                .append("oid", new ObjectId("5f1d7a6b9c0e4a3b2c1d0e9f"))
                .append("bytes", new Binary(new byte[] {1, 2, 3}))
                .append("offers", List.of(new Document("volunteer", "v-1").append("code", "4821"),
                        new Document("volunteer", "v-2").append("wave", 2)))
                .append("nested", new Document("deeper", new Document("list", List.of(1, "two", 3.0))));
        try (EmbeddedMongo first = EmbeddedMongo.onDisk(data); MongoClient client = MongoClients.create(first.connectionString())) {
            helpers(client).insertOne(written);
        }

        try (EmbeddedMongo second = EmbeddedMongo.onDisk(data); MongoClient client = MongoClients.create(second.connectionString())) {
            assertThat(helpers(client).find(new Document("_id", "r-1")).first()).isEqualTo(written);
        }
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

    @Test
    void aConditionalUpdateByIdChangesThatDocumentOnlyWhileTheConditionHolds() {
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory(); MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> jobs = client.getDatabase("tomoni").getCollection("jobs");
            for (String id : List.of("j-1", "j-2", "j-3")) {
                jobs.insertOne(new Document("_id", id).append("owner", null).append("step", 1));
            }
            Document unclaimed = new Document("_id", "j-2").append("owner", null);

            Document claimed = jobs.findOneAndUpdate(unclaimed, Updates.set("owner", "node-a"));
            Document again = jobs.findOneAndUpdate(unclaimed, Updates.set("owner", "node-b"));

            assertThat(claimed).isNotNull();
            assertThat(claimed.getString("_id")).isEqualTo("j-2");
            assertThat(again).as("held by node-a now").isNull();
            assertThat(jobs.find(Filters.eq("owner", "node-a")).map(job -> job.getString("_id")).into(new ArrayList<>()))
                    .containsExactly("j-2");
            assertThat(jobs.countDocuments(Filters.and(Filters.in("_id", "j-1", "j-2"), Filters.eq("step", 1))))
                    .isEqualTo(2);
            assertThat(jobs.countDocuments(new Document("_id", "j-9").append("step", 1))).isZero();
        }
    }

    @Test
    void aStoreWrittenByThePlainLibraryOpensWithEveryDocument(@TempDir Path data) {
        MongoServer plain = new MongoServer(new H2Backend(data.resolve(EmbeddedMongo.STORE_FILE).toString()));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + plain.bind().getPort())) {
            helpers(client).insertOne(new Document("_id", "v-1").append("name", "Yuki"));
        } finally {
            plain.shutdown();
        }

        try (EmbeddedMongo ours = EmbeddedMongo.onDisk(data); MongoClient client = MongoClients.create(ours.connectionString())) {
            assertThat(helpers(client).find(new Document("_id", "v-1").append("name", "Yuki")).first()).isNotNull();
            assertThatThrownBy(() -> helpers(client).insertOne(new Document("_id", "v-1")))
                    .as("the _id index, rebuilt in the new form, still knows v-1")
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            helpers(client).insertOne(new Document("_id", "v-2").append("name", "Ren"));
        }
        try (EmbeddedMongo again = EmbeddedMongo.onDisk(data); MongoClient client = MongoClients.create(again.connectionString())) {
            assertThat(helpers(client).find(Filters.in("_id", "v-1", "v-2")).map(found -> found.getString("name"))
                    .into(new ArrayList<>())).containsExactlyInAnyOrder("Yuki", "Ren");
        }
    }

    private static MongoCollection<Document> helpers(MongoClient client) {
        return client.getDatabase("tomoni").getCollection("volunteers");
    }
}
