package org.tomoni.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.tomoni.TomoniApplication;

/** The whole application, started twice on the same data folder, as a person restarting the demo would. */
class StorageConfigurationIT {

    @TempDir
    Path data;

    @Test
    void dataSurvivesARestartOfTheApplication() {
        try (ConfigurableApplicationContext app = start()) {
            app.getBean(MongoTemplate.class).insert(new Document("_id", "note-1").append("text", "Hello"), "notes");
        }
        try (ConfigurableApplicationContext app = start()) {
            Document note = app.getBean(MongoTemplate.class).findById("note-1", Document.class, "notes");
            assertThat(note).isNotNull();
            assertThat(note.getString("text")).isEqualTo("Hello");
        }
    }

    @Test
    void aConfiguredUriStartsNothingEmbedded() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TomoniApplication.class)
                .run("--server.port=0", "--spring.mongodb.uri=mongodb://127.0.0.1:1/tomoni?serverSelectionTimeoutMS=100",
                        "--tomoni.storage.path=" + data)) {
            assertThat(app.getBeansOfType(EmbeddedMongo.class)).isEmpty();
            assertThat(data.resolve(EmbeddedMongo.STORE_FILE)).doesNotExist();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TomoniApplication.class)
                .run("--server.port=0", "--tomoni.storage.path=" + data);
    }
}
