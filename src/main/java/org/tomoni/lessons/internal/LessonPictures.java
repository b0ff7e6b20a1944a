package org.tomoni.lessons.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the pictures in lesson folders, and nothing else from there: only names a lesson could use, only SVG and
 * PNG, never a path that leaves the folder. SVGs get a policy that forbids scripts should one be opened on its own.
 */
@RestController
class LessonPictures {

    static final String PATH = "/lesson-pictures/";

    private final Path content;

    LessonPictures(LessonsProperties properties) {
        this.content = properties.contentPath().toAbsolutePath().normalize();
    }

    @GetMapping(PATH + "{lesson:[a-z0-9-]+}/images/{file:[A-Za-z0-9_-]+\\.(?:svg|png)}")
    ResponseEntity<Resource> picture(@PathVariable String lesson, @PathVariable String file) {
        Path picture = content.resolve(lesson).resolve("images").resolve(file).normalize();
        if (!picture.startsWith(content) || !Files.isRegularFile(picture)) {
            return ResponseEntity.notFound().build();
        }
        boolean svg = file.endsWith(".svg");
        return ResponseEntity.ok()
                .contentType(svg ? MediaType.valueOf("image/svg+xml") : MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(picture));
    }
}
