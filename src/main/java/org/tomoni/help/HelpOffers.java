package org.tomoni.help;

import java.util.List;

/**
 * Help for the signed-in volunteer: the requests offered to them and the ones they took. A volunteer sees only
 * requests offered to them; the same answers work by text (YES 4821, NO, DONE).
 */
public interface HelpOffers {

    /** Open offers first, then requests they are helping with, then recently closed ones. */
    List<HelpRequest> mine();

    /** @return true when they got it; false when someone else was quicker or it closed */
    boolean accept(HelpRequestId id);

    void decline(HelpRequestId id);

    /** Closes the request they are helping with, with a short outcome in their own words. */
    void done(HelpRequestId id, String outcome);

    /** Tomoni calls the volunteer and connects them to the learner; neither sees the other's number. */
    void callLearner(HelpRequestId id);
}
