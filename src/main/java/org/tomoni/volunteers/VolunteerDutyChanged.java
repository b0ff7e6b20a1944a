package org.tomoni.volunteers;

import java.time.Instant;

import org.tomoni.accounts.PersonId;

/** A volunteer switched duty on or off, by text or on their page. */
public record VolunteerDutyChanged(PersonId volunteer, boolean onDuty, Instant at) {
}
