package org.tomoni.lessons.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.tomoni.lessons.ContentProblem;
import org.tomoni.lessons.Lesson;
import org.tomoni.lessons.LessonId;
import org.tomoni.lessons.LessonLibrary;

/**
 * Reads every lesson folder at start-up, and again when an author saves a file (unless turned off). A lesson with a
 * problem is left out and its problems are logged with file and line; the others load, so one author's typo never
 * takes the catalogue down.
 */
@Component
@EnableConfigurationProperties(LessonsProperties.class)
class ContentLibrary implements LessonLibrary {

    private static final Logger log = LoggerFactory.getLogger(ContentLibrary.class);

    /** How often, at most, an author's edit is looked for: often enough to feel instant, rare enough to cost nothing. */
    private static final Duration LOOK_FOR_EDITS_EVERY = Duration.ofSeconds(2);

    private final Duration lookForEditsEvery;
    private final Path contentPath;
    private final boolean reloadOnChange;
    private volatile Loaded loaded;
    private volatile long fingerprint;
    private volatile long lookedForEditsAt;

    @Autowired
    ContentLibrary(LessonsProperties properties) {
        this(properties, LOOK_FOR_EDITS_EVERY);
    }

    ContentLibrary(LessonsProperties properties, Duration lookForEditsEvery) {
        this.lookForEditsEvery = lookForEditsEvery;
        this.contentPath = properties.contentPath();
        this.reloadOnChange = properties.reloadOnChange();
        this.fingerprint = fingerprint(contentPath);
        this.loaded = loadAndLog();
        this.lookedForEditsAt = System.nanoTime();
    }

    @Override
    public List<Lesson> all() {
        return current().lessons();
    }

    @Override
    public Optional<Lesson> find(LessonId id) {
        return current().lessons().stream().filter(lesson -> lesson.id().equals(id)).findFirst();
    }

    @Override
    public List<ContentProblem> problems() {
        return current().problems();
    }

    private Loaded current() {
        if (reloadOnChange && System.nanoTime() - lookedForEditsAt >= lookForEditsEvery.toNanos()) {
            lookForEdits();
        }
        return loaded;
    }

    private synchronized void lookForEdits() {
        lookedForEditsAt = System.nanoTime();
        long now = fingerprint(contentPath);
        if (now != fingerprint) {
            fingerprint = now;
            loaded = loadAndLog();
        }
    }

    private Loaded loadAndLog() {
        Loaded fresh = load(contentPath);
        fresh.problems().forEach(problem -> log.warn("Lesson not loaded: {}", problem));
        log.info("{} lessons loaded from {}", fresh.lessons().size(), contentPath.toAbsolutePath());
        return fresh;
    }

    /** Changes when any file is added, removed or saved: the newest modification time and the number of files. */
    private static long fingerprint(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            long[] newestAndCount = {0, 0};
            files.forEach(file -> {
                try {
                    newestAndCount[0] = Math.max(newestAndCount[0], Files.getLastModifiedTime(file).toMillis());
                    newestAndCount[1]++;
                } catch (IOException gone) {
                    newestAndCount[1]--;
                }
            });
            return newestAndCount[0] * 31 + newestAndCount[1];
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    static Loaded load(Path contentFolder) {
        List<Lesson> lessons = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(contentFolder)) {
            problems.add(new ContentProblem(contentFolder.toString(), 0, "The content folder does not exist"));
            return new Loaded(List.of(), problems);
        }
        try (Stream<Path> folders = Files.list(contentFolder)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted(Comparator.comparing(Path::toString))
                    .toList()) {
                Problems found = new Problems();
                LessonFolder.read(folder.toAbsolutePath().normalize(), found).ifPresent(lessons::add);
                problems.addAll(found.all());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the lessons in " + contentFolder, e);
        }
        return new Loaded(List.copyOf(lessons), List.copyOf(problems));
    }

    record Loaded(List<Lesson> lessons, List<ContentProblem> problems) {
    }
}
