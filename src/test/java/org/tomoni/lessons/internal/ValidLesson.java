package org.tomoni.lessons.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A small lesson with every kind of step in both languages, for tests to copy and then break on purpose. */
final class ValidLesson {

    static final Path FOLDER = Path.of("src/test/resources/lessons/valid/first-steps");

    private ValidLesson() {
    }

    /** Copies it into the content folder under another id. */
    static void copyInto(Path content, String as) throws IOException {
        Path target = content.resolve(as);
        try (Stream<Path> files = Files.walk(FOLDER)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(FOLDER.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.writeString(copy, Files.readString(file).replace("id: first-steps", "id: " + as));
                }
            }
        }
    }
}
