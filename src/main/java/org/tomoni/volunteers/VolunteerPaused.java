package org.tomoni.volunteers;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tomoni.accounts.PersonId;

/** A volunteer gets no offers until {@code until}; null when a pause ended early. */
public record VolunteerPaused(PersonId volunteer, @Nullable Instant until, Instant at) {
}
