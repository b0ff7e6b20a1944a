package org.tomoni.lessons.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tomoni.lessons.LessonLanguage;

/** An author saves a file and sees the change on the next page load, without restarting Tomoni. */
class ContentReloadTest {

    @TempDir
    Path content;

    @Test
    void aSavedEditANewLessonAndAMistakeShowWithoutARestart() throws IOException {
        copy("first-steps");
        ContentLibrary library = new ContentLibrary(new LessonsProperties(content, true), Duration.ZERO);
        assertThat(library.all()).hasSize(1);

        Path english = content.resolve("first-steps/en.md");
        Files.writeString(english, Files.readString(english).replace("# First steps", "# The very first steps"));
        assertThat(library.all().getFirst().text(LessonLanguage.ENGLISH).orElseThrow().title().text())
                .isEqualTo("The very first steps");

        copy("second-steps");
        assertThat(library.all()).hasSize(2);

        Files.delete(content.resolve("second-steps/ja.md"));
        assertThat(library.all()).hasSize(1);
        assertThat(library.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.file()).startsWith("second-steps"));
    }

    @Test
    void inProductionTheLessonsReadAtStartStay() throws IOException {
        copy("first-steps");
        ContentLibrary library = new ContentLibrary(new LessonsProperties(content, false), Duration.ZERO);

        copy("second-steps");

        assertThat(library.all()).hasSize(1);
    }

    private void copy(String as) throws IOException {
        ValidLesson.copyInto(content, as);
    }
}
