package org.tomoni.lessons;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tomoni.accounts.PersonId;

/** A step was read, practised or answered rightly. The learner is null for a visitor who has not signed in. */
public record LessonStepCompleted(@Nullable PersonId learner, LessonId lesson, int step, Instant at) {
}
