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
 * @param pausedUntil no offers until then, whatever else is set; by their own choice or a coordinator's
 * @param note        the coordinators' note, never shown to the volunteer
 */
public record Volunteer(PersonId id, String name, @Nullable AreaId area, Person.Vetting vetting,
                        VolunteerProfile profile, boolean onDuty, @Nullable Instant pausedUntil, String note) {

    public Standing standingAt(Instant now) {
        if (vetting != Person.Vetting.APPROVED && vetting != Person.Vetting.NOT_NEEDED) {
            return Standing.AWAITING_CHECK;
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
        PAUSED,
        /** No skills or languages yet: nothing to match on. */
        PROFILE_INCOMPLETE,
        /** Asked in their free times. */
        AVAILABLE,
        /** Asked now. */
        ON_DUTY
    }
}
