package org.tomoni.help;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.tomoni.accounts.PersonId;

/**
 * One volunteer as matching weighed them for a request: "why this volunteer" (or why not).
 *
 * @param name      the volunteer's name, for coordinators; empty for one of another coordinator's area
 * @param km        from the volunteer's area to the learner's, straight line
 * @param excluded  why they are not asked, or null when they may be
 * @param score     higher is asked first; the sum of the three parts
 * @param nearness  up to 50 points, fewer the further away
 * @param fairness  up to 30 points, more the longer since they were last asked
 * @param record    up to 20 points, from learners' ratings (10 for a volunteer without ratings yet)
 */
public record Considered(PersonId volunteer, String name, double km, @Nullable Exclusion excluded, double score,
                         double nearness, double fairness, double record) {

    public Optional<Exclusion> exclusion() {
        return Optional.ofNullable(excluded);
    }

    /** Why a volunteer is not asked, in the order the rules are checked. */
    public enum Exclusion {
        SELF,
        NOT_APPROVED,
        HELD,
        PAUSED,
        PROFILE_INCOMPLETE,
        LANGUAGE,
        SKILL,
        NOT_BY_PHONE,
        TOO_FAR,
        NOT_FREE,
        QUIET_HOURS,
        WEEKLY_LIMIT,
        ALREADY_OFFERED
    }
}
