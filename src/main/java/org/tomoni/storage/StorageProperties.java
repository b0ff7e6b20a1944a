package org.tomoni.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded database; ignored when {@code spring.mongodb.uri} points at a real MongoDB.
 *
 * @param path     folder of the file store; created when missing
 * @param inMemory keep nothing on disk (throwaway demos and tests)
 */
@ConfigurationProperties("tomoni.storage")
public record StorageProperties(@DefaultValue("./data") Path path, boolean inMemory) {
}
