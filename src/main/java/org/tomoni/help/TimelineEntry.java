package org.tomoni.help;

import java.time.Instant;

/**
 * One thing that happened to a request, for the coordinator's timeline.
 *
 * @param who    first name of the person concerned, or empty
 * @param detail a short fact in no language, by happening: OFFERED "wave:count" for a wave, or the coordinator's
 *               first name for an offer by hand; ASSIGNED, RELEASED the coordinator's first name; NOBODY_FOUND the
 *               wave that found nobody; ESCALATED "waves" (used up) or "nobody" (none left to ask); DONE the
 *               helper's outcome in their words; RATED 1, 2 or 3; otherwise empty
 */
public record TimelineEntry(Instant at, Happening what, String who, String detail) {

    public enum Happening {
        ASKED,
        OFFERED,
        DECLINED,
        ACCEPTED,
        /** The helper had Tomoni connect a call to the learner. */
        CALLED,
        NOBODY_FOUND,
        ESCALATED,
        ASSIGNED,
        RELEASED,
        CANCELLED,
        DONE,
        RATED
    }
}
