package org.tomoni.lessons;

import java.util.List;

/** A lesson in one language: its title and its steps. */
public record LessonText(Title title, List<LessonStep> steps) {

    public LessonText {
        steps = List.copyOf(steps);
    }
}
