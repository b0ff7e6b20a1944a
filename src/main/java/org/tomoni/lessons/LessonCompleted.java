package org.tomoni.lessons;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tomoni.accounts.PersonId;

/** A lesson was finished; the score counts checks answered rightly at the first try. The learner is null for a visitor who has not signed in. */
public record LessonCompleted(@Nullable PersonId learner, LessonId lesson, int rightFirstTime, int questions, Duration timeSpent, Instant at) {
}
