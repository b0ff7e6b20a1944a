/**
 * Where Tomoni keeps its data. With no {@code spring.mongodb.uri} configured, an in-process MongoDB-compatible
 * server with a file store under {@code tomoni.storage.path} (default {@code ./data}) is started, so a new user sees
 * a working app with nothing to install; with a URI, Spring Boot connects to that MongoDB and nothing embedded
 * starts. Feature modules only ever see Spring Data MongoDB, so they behave the same on both.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage")
@org.jspecify.annotations.NullMarked
package org.tomoni.storage;
