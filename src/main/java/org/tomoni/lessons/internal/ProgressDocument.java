package org.tomoni.lessons.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.tomoni.accounts.PersonId;
import org.tomoni.lessons.LessonId;
import org.tomoni.lessons.LessonProgress;
import org.tomoni.lessons.LessonProgress.CheckAnswer;

/**
 * One learner's progress in one lesson. The id joins person and lesson, so saving is one write by {@code _id} and a
 * learner's lessons are one id-prefix query.
 */
@Document(ProgressDocument.COLLECTION)
record ProgressDocument(@Id String id, String person, String lesson, int currentStep, Set<Integer> stepsDone,
                        List<CheckAnswer> answers, long secondsSpent, Instant startedAt, Instant lastSeenAt,
                        @Nullable Instant completedAt) {

    static final String COLLECTION = "lessons_progress";

    static String idOf(PersonId person, LessonId lesson) {
        return person.value() + "/" + lesson.value();
    }

    static ProgressDocument of(PersonId person, LessonProgress progress) {
        return new ProgressDocument(idOf(person, progress.lesson()), person.value(), progress.lesson().value(),
                progress.currentStep(), progress.stepsDone(), progress.answers(), progress.timeSpent().toSeconds(),
                progress.startedAt(), progress.lastSeenAt(), progress.completedAt());
    }

    LessonProgress toProgress() {
        return new LessonProgress(new LessonId(lesson), currentStep, stepsDone, answers,
                Duration.ofSeconds(secondsSpent), startedAt, lastSeenAt, completedAt);
    }
}
