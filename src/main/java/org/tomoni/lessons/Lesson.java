package org.tomoni.lessons;

import java.util.Map;
import java.util.Optional;

/** A lesson that passed every check: what it is about, and its text in each language it is written in. */
public record Lesson(LessonInfo info, Map<LessonLanguage, LessonText> texts) {

    public Lesson {
        texts = Map.copyOf(texts);
    }

    public LessonId id() {
        return info.id();
    }

    /** The text in the language, or empty (easy Japanese is optional). */
    public Optional<LessonText> text(LessonLanguage language) {
        return Optional.ofNullable(texts.get(language));
    }
}
