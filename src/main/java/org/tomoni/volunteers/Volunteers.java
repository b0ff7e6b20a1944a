package org.tomoni.volunteers;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tomoni.accounts.PersonId;
import org.tomoni.lessons.Skill;

/**
 * Volunteers, for themselves (their own profile and duty) and for coordinators (their area) and administrators
 * (everyone). Every method checks the caller; a volunteer outside their scope is refused as if unknown.
 */
public interface Volunteers {

    /** The signed-in volunteer, with a starting profile the first time. */
    Volunteer me();

    void saveMyProfile(VolunteerProfile profile);

    void setMyDuty(boolean onDuty);

    /** No offers for this many days (1 to 90); 0 ends a pause. */
    void pauseMe(int days);

    /** For coordinators and administrators. */
    List<Volunteer> visibleToMe(Filter filter);

    void approve(PersonId volunteer);

    /** A coordinator's pause: no offers for this many days (1 to 90); 0 ends it. */
    void pause(PersonId volunteer, int days);

    void note(PersonId volunteer, String note);

    /**
     * @param standing only volunteers who stand there, or all when null
     * @param skill    only volunteers who help with it, or all when null
     * @param name     part of the name, or "" for all
     */
    record Filter(Volunteer.@Nullable Standing standing, @Nullable Skill skill, String name) {

        public static final Filter EVERYONE = new Filter(null, null, "");
    }
}
