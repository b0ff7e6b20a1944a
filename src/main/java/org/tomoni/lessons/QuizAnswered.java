package org.tomoni.lessons;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tomoni.accounts.PersonId;

/** A check was answered; {@code tries} counts this answer. The learner is null for a visitor who has not signed in. */
public record QuizAnswered(@Nullable PersonId learner, LessonId lesson, int step, boolean right, int tries, Instant at) {
}
