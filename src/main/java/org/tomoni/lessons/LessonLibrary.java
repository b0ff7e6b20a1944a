package org.tomoni.lessons;

import java.util.List;
import java.util.Optional;

/** The lessons that loaded, and the problems that kept others out. */
public interface LessonLibrary {

    List<Lesson> all();

    Optional<Lesson> find(LessonId id);

    List<ContentProblem> problems();
}
