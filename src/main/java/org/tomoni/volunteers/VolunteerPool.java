package org.tomoni.volunteers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.tomoni.accounts.PersonId;

/**
 * Volunteers for the work nobody is signed in for: matching a help request and keeping each volunteer's track
 * record. Candidates are read through an index of areas, skills, languages and availability, never by reading
 * every volunteer; the index is a shortlist, so a caller still checks each candidate's own fields.
 */
public interface VolunteerPool {

    List<Candidate> candidates(CandidateQuery query);

    Optional<Candidate> candidate(PersonId volunteer);

    void offered(PersonId volunteer, Instant at);

    void accepted(PersonId volunteer, Instant at);

    void helped(PersonId volunteer, Duration time);

    /** @param rating 1 (did not help), 2 (a little) or 3 (helped) */
    void rated(PersonId volunteer, int rating);
}
