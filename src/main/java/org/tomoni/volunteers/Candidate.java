package org.tomoni.volunteers;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.PersonId;

/**
 * A volunteer as matching sees them: everything needed to decide whether to ask them, without their name or
 * number (those are read for the few who are asked).
 *
 * @param approved a coordinator has checked them
 */
public record Candidate(PersonId id, @Nullable AreaId area, boolean approved, VolunteerProfile profile,
                        boolean onDuty, @Nullable Instant pausedUntil, @Nullable Instant heldUntil,
                        TrackRecord record) {
}
