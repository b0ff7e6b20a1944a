package org.tomoni.help;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tomoni.accounts.PersonId;

/**
 * The coordinators' queue: requests in their area (every area for administrators), why each volunteer was or was
 * not asked, and the hand-made moves when waves are not enough.
 */
public interface HelpQueue {

    /** @param status only requests in this status, or all open and recent ones when null */
    List<HelpRequest> inMyArea(@Nullable HelpStatus status, boolean escalatedOnly);

    Counts counts();

    HelpRequest get(HelpRequestId id);

    /** Every volunteer matching looked at for this request now, best first, with the reason for each one left out. */
    List<Considered> whyVolunteers(HelpRequestId id);

    /** An offer by hand, outside the waves; the volunteer answers it like any other. */
    void offerTo(HelpRequestId id, PersonId volunteer);

    /** Gives the request to a volunteer the coordinator has arranged it with (by phone, say). */
    void assign(HelpRequestId id, PersonId volunteer);

    /** The helper cannot do it after all: they are released and offers start again with others. */
    void release(HelpRequestId id);

    void cancel(HelpRequestId id);

    /**
     * @param open      finding a helper or being helped
     * @param waiting   nobody has said yes yet
     * @param escalated flagged for a coordinator
     */
    record Counts(int open, int waiting, int escalated) {
    }
}
