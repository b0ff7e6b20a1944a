package org.tomoni.help;

import java.time.Instant;

/**
 * One thing that happened to a request, for the coordinator's timeline.
 *
 * @param who    first name of the person concerned, or empty
 * @param detail a short fact in no particular language: a wave number, an outcome, a count
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
