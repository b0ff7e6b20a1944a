package org.tomoni.volunteers.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.tomoni.accounts.PersonId;
import org.tomoni.volunteers.Candidate;
import org.tomoni.volunteers.CandidateQuery;
import org.tomoni.volunteers.VolunteerPool;

/** Candidates through this node's copy of them, track records by single-field updates. */
@Service
class StoredVolunteerPool implements VolunteerPool {

    private final CandidateCache cache;
    private final VolunteerStore store;

    StoredVolunteerPool(CandidateCache cache, VolunteerStore store) {
        this.cache = cache;
        this.store = store;
    }

    @Override
    public List<Candidate> candidates(CandidateQuery query) {
        return cache.candidates(query);
    }

    @Override
    public List<Candidate> current(Collection<PersonId> volunteers) {
        return store.candidatesByIds(volunteers).values().stream().map(VolunteerDocument::candidate).toList();
    }

    @Override
    public Optional<Candidate> candidate(PersonId volunteer) {
        return store.byId(volunteer.value()).map(VolunteerDocument::candidate);
    }

    @Override
    public void offered(Collection<Candidate> volunteers, Instant at) {
        store.offered(volunteers, at);
    }

    @Override
    public void accepted(PersonId volunteer, Instant at) {
        store.accepted(volunteer, at);
    }

    @Override
    public void helped(PersonId volunteer, Duration time) {
        store.helped(volunteer, time);
    }

    @Override
    public void rated(PersonId volunteer, int rating) {
        store.rated(volunteer, rating);
    }
}
