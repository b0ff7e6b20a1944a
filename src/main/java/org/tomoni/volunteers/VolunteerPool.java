package org.tomoni.volunteers;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.tomoni.accounts.PersonId;

/**
 * Volunteers for the work nobody is signed in for: matching a help request and keeping each volunteer's track
 * record. Candidates are found through an index of areas, skills, languages and availability, never by reading
 * every volunteer.
 */
public interface VolunteerPool {

    /**
     * The volunteers the index lists for the query, as this node last read them: a change made through another
     * node may take a moment to show, so read those you choose again with {@link #current} before asking them.
     * The index is a shortlist: check each candidate's own fields.
     */
    List<Candidate> candidates(CandidateQuery query);

    /** The volunteers as they are stored now; those no longer stored are left out. */
    List<Candidate> current(Collection<PersonId> volunteers);

    Optional<Candidate> candidate(PersonId volunteer);

    /** The volunteers were asked, all at once (one wave). */
    void offered(Collection<Candidate> volunteers, Instant at);

    void accepted(PersonId volunteer, Instant at);

    void helped(PersonId volunteer, Duration time);

    /** @param rating 1 (did not help), 2 (a little) or 3 (helped) */
    void rated(PersonId volunteer, int rating);
}
