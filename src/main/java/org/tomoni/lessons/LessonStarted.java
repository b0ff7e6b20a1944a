package org.tomoni.lessons;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tomoni.accounts.PersonId;

/** Someone opened a lesson for the first time. The learner is null for a visitor who has not signed in. */
public record LessonStarted(@Nullable PersonId learner, LessonId lesson, Instant at) {
}
