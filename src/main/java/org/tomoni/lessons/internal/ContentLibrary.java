package org.tomoni.lessons.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.tomoni.lessons.ContentProblem;
import org.tomoni.lessons.Lesson;
import org.tomoni.lessons.LessonId;
import org.tomoni.lessons.LessonLibrary;

/**
 * Reads every lesson folder at start-up. A lesson with a problem is left out and its problems are logged with file
 * and line; the others load, so one author's typo never takes the catalogue down.
 */
@Component
@EnableConfigurationProperties(LessonsProperties.class)
class ContentLibrary implements LessonLibrary {

    private static final Logger log = LoggerFactory.getLogger(ContentLibrary.class);

    private final List<Lesson> lessons;
    private final List<ContentProblem> problems;

    ContentLibrary(LessonsProperties properties) {
        Loaded loaded = load(properties.contentPath());
        this.lessons = loaded.lessons();
        this.problems = loaded.problems();
        problems.forEach(problem -> log.warn("Lesson not loaded: {}", problem));
        log.info("{} lessons loaded from {}", lessons.size(), properties.contentPath().toAbsolutePath());
    }

    @Override
    public List<Lesson> all() {
        return lessons;
    }

    @Override
    public Optional<Lesson> find(LessonId id) {
        return lessons.stream().filter(lesson -> lesson.id().equals(id)).findFirst();
    }

    @Override
    public List<ContentProblem> problems() {
        return problems;
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
