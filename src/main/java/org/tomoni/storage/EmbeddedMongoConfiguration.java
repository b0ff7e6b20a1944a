package org.tomoni.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts {@link EmbeddedMongo} when no MongoDB is configured and hands its address to Spring Boot as
 * {@link MongoConnectionDetails}. Boot's own MongoDB auto-configuration stays in charge, so every
 * {@code spring.mongodb.*} setting (database name, UUID representation, pool) applies to both kinds of server.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
@Conditional(NoMongoConfigured.class)
class EmbeddedMongoConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMongo embeddedMongo(StorageProperties properties) {
        return properties.inMemory() ? EmbeddedMongo.inMemory() : EmbeddedMongo.onDisk(properties.path());
    }

    /**
     * Replaces Boot's MongoDB health check, whose {@code hello} command the embedded server does not know; a
     * {@code ping} that reaches the store proves the same.
     */
    @Bean
    HealthIndicator mongoHealthIndicator(MongoClient client) {
        return () -> {
            try {
                client.getDatabase("admin").runCommand(new Document("ping", 1));
                return Health.up().withDetail("server", "embedded").build();
            } catch (MongoException e) {
                return Health.down(e).withDetail("server", "embedded").build();
            }
        };
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongo mongo) {
        ConnectionString connectionString = mongo.connectionString();
        return () -> connectionString;
    }
}
