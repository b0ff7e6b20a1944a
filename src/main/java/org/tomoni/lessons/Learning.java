package org.tomoni.lessons;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.tomoni.accounts.PersonId;

/**
 * A learner working through lessons. Every change returns the new progress; for a signed-in learner it is kept in
 * their account at once, for a visitor (learner {@code null}) the caller keeps it in the browser. Each change
 * publishes its event ({@link LessonStarted}, {@link LessonStepCompleted}, {@link QuizAnswered},
 * {@link LessonCompleted}) for the modules that count or follow learning.
 */
public interface Learning {

    /** Where the learner is in the lesson, starting it when they have never opened it. */
    LessonProgress open(@Nullable PersonId learner, Lesson lesson, @Nullable LessonProgress keptInBrowser);

    /** Goes to another step; an explanation left forwards counts as read. */
    LessonProgress moveTo(@Nullable PersonId learner, Lesson lesson, LessonProgress progress, int step,
                          Duration onPreviousStep);

    /** A practice was solved. */
    LessonProgress practised(@Nullable PersonId learner, Lesson lesson, LessonProgress progress, int step);

    /** A check was answered with the choice at this position; whether it is right is the lesson's to say. */
    LessonProgress answered(@Nullable PersonId learner, Lesson lesson, LessonProgress progress, int step, int choice);

    LessonProgress finish(@Nullable PersonId learner, Lesson lesson, LessonProgress progress, Duration onLastStep);

    /** Everything a signed-in learner has started, most recently seen first. */
    List<LessonProgress> progressOf(PersonId learner);

    Optional<LessonProgress> progressOf(PersonId learner, LessonId lesson);

    /** Moves what a browser kept before sign-in into the learner's account, losing nothing either side had. */
    void adopt(PersonId learner, List<LessonProgress> keptInBrowser);

    LearnerSettings settingsOf(PersonId learner);

    void save(PersonId learner, LearnerSettings settings);
}
