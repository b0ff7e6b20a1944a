package org.tomoni.volunteers;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonId;

/**
 * A volunteer as coordinators and the volunteer see them: their profile and where they stand.
 *
 * @param onDuty      switched on ("ON" by text, or the page): may be asked now, not only in their free times
 * @param pausedUntil the volunteer's own break: no offers until then; they may end it themselves
 * @param heldUntil   a coordinator's pause: no offers until then; only a coordinator ends it
 * @param note        the coordinators' note; empty in the volunteer's own view (it is in their data download)
 * @param record      what they have done for learners so far
 */
public record Volunteer(PersonId id, String name, @Nullable AreaId area, Person.Vetting vetting,
                        VolunteerProfile profile, boolean onDuty, @Nullable Instant pausedUntil,
                        @Nullable Instant heldUntil, String note, TrackRecord record) {

    public Standing standingAt(Instant now) {
        if (vetting != Person.Vetting.APPROVED && vetting != Person.Vetting.NOT_NEEDED) {
            return Standing.AWAITING_CHECK;
        }
        if (heldUntil != null && heldUntil.isAfter(now)) {
            return Standing.HELD;
        }
        if (pausedUntil != null && pausedUntil.isAfter(now)) {
            return Standing.PAUSED;
        }
        if (!profile.complete()) {
            return Standing.PROFILE_INCOMPLETE;
        }
        return onDuty ? Standing.ON_DUTY : Standing.AVAILABLE;
    }

    /** Where a volunteer stands, most limiting first. */
    public enum Standing {
        /** A coordinator has not checked them yet: no offers. */
        AWAITING_CHECK,
        /** Paused by a coordinator: no offers until the coordinator's date. */
        HELD,
        /** On a break they chose: no offers until they come back. */
        PAUSED,
        /** No skills or languages yet: nothing to match on. */
        PROFILE_INCOMPLETE,
        /** Asked in their free times. */
        AVAILABLE,
        /** Asked now. */
        ON_DUTY
    }
}
