package org.tomoni.volunteers.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.tomoni.accounts.PersonId;
import org.tomoni.volunteers.Candidate;
import org.tomoni.volunteers.CandidateQuery;
import org.tomoni.volunteers.VolunteerPool;

/** Candidates through the index (two reads by {@code _id}), track records by single-field updates. */
@Service
class StoredVolunteerPool implements VolunteerPool {

    private final CandidateIndex index;
    private final VolunteerStore store;

    StoredVolunteerPool(CandidateIndex index, VolunteerStore store) {
        this.index = index;
        this.store = store;
    }

    @Override
    public List<Candidate> candidates(CandidateQuery query) {
        List<PersonId> ids = index.idsFor(query).stream().map(PersonId::new).toList();
        return store.candidatesByIds(ids).values().stream().map(VolunteerDocument::candidate).toList();
    }

    @Override
    public Optional<Candidate> candidate(PersonId volunteer) {
        return store.byId(volunteer.value()).map(VolunteerDocument::candidate);
    }

    @Override
    public void offered(PersonId volunteer, Instant at) {
        store.offered(volunteer, at);
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
