package org.tomoni.help;

import java.util.List;

/**
 * Help for the signed-in learner: ask, follow what happens, cancel, and say whether it helped. Every method
 * checks the caller; another person's request is refused as if unknown.
 */
public interface HelpDesk {

    /** Whether the caller can ask at all (signed in, with an area), and which ways their area offers. */
    Eligibility eligibility();

    /** Records the request and starts finding a helper; returns at once. */
    HelpRequest ask(HelpAsk ask);

    /** The caller's requests, newest first. */
    List<HelpRequest> mine();

    void cancel(HelpRequestId id);

    void rate(HelpRequestId id, Rating rating);

    /** The first request did not solve it: a new request, linked to it, for the same topic. */
    HelpRequest followUp(HelpRequestId id, String details);

    /**
     * @param canAsk      signed in with an area, so a helper can be found nearby
     * @param ways        the ways this learner can be helped (home visits only where the area allows them, phone
     *                    only with a phone number)
     * @param areaName    the learner's area, in their language
     */
    record Eligibility(boolean canAsk, List<HelpWay> ways, String areaName) {

        public static final Eligibility NOT_SIGNED_IN = new Eligibility(false, List.of(), "");
    }
}
