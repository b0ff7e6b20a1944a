package org.tomoni.lessons.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
record ProgressDocument(@Id String id, String person, String lesson, int currentStep,
                        @Nullable Set<Integer> stepsDone, @Nullable Map<String, CheckAnswer> answers,
                        long secondsSpent, Instant startedAt, Instant lastSeenAt, @Nullable Instant completedAt) {

    static final String COLLECTION = "lessons_progress";

    static String idOf(PersonId person, LessonId lesson) {
        return person.value() + "/" + lesson.value();
    }

    static ProgressDocument of(PersonId person, LessonProgress progress) {
        return new ProgressDocument(idOf(person, progress.lesson()), person.value(), progress.lesson().value(),
                progress.currentStep(), progress.stepsDone(), byStep(progress.answers()),
                progress.timeSpent().toSeconds(),
                progress.startedAt(), progress.lastSeenAt(), progress.completedAt());
    }

    /** Answers by step number, so one answer can be set without touching the others. */
    static Map<String, CheckAnswer> byStep(List<CheckAnswer> answers) {
        Map<String, CheckAnswer> byStep = new TreeMap<>();
        answers.forEach(answer -> byStep.put(String.valueOf(answer.step()), answer));
        return byStep;
    }

    LessonProgress toProgress() {
        List<CheckAnswer> inOrder = answers == null ? List.of() : answers.values().stream()
                .sorted(Comparator.comparingInt(CheckAnswer::step)).toList();
        return new LessonProgress(new LessonId(lesson), currentStep, stepsDone == null ? Set.of() : stepsDone, inOrder,
                Duration.ofSeconds(secondsSpent), startedAt, lastSeenAt, completedAt);
    }
}
