package org.tomoni.help;

import java.time.Instant;

import org.tomoni.accounts.PersonId;

/**
 * One volunteer asked to help with one request.
 *
 * @param code the number in "Reply YES 4821": tells this offer apart from the volunteer's others
 * @param wave 1 for the first wave; 0 for an offer a coordinator made by hand
 */
public record Offer(PersonId volunteer, String volunteerName, int wave, String code, Instant sentAt,
                    State state) {

    public enum State {
        OPEN,
        ACCEPTED,
        DECLINED,
        /** Someone else took the request, or it closed, before this volunteer answered. */
        CLOSED
    }
}
