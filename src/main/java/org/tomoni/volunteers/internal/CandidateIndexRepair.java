package org.tomoni.volunteers.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.PersonLookup;
import org.tomoni.storage.StartupWork;

/**
 * A store with volunteers but no candidate index (one written before the index existed, or restored without it)
 * gets the index written from the volunteers' documents at start, so matching never silently finds nobody.
 */
@Component
@Order(0)
class CandidateIndexRepair implements StartupWork {

    private static final Logger log = LoggerFactory.getLogger(CandidateIndexRepair.class);

    private final CandidateIndex index;
    private final VolunteerStore store;
    private final PersonLookup people;

    CandidateIndexRepair(CandidateIndex index, VolunteerStore store, PersonLookup people) {
        this.index = index;
        this.store = store;
        this.people = people;
    }

    @Override
    public String description() {
        return "check the candidate index";
    }

    @Override
    public void run() {
        if (!index.isEmpty()) {
            return;
        }
        List<VolunteerDocument> volunteers = store.all();
        if (volunteers.isEmpty()) {
            return;
        }
        for (VolunteerDocument volunteer : volunteers) {
            if (volunteer.approved() == null) {
                people.byId(new PersonId(volunteer.id())).ifPresent(store::refreshCandidacy);
            }
        }
        List<VolunteerDocument> current = store.all();
        index.rebuild(current);
        log.info("Wrote the candidate index for {} volunteers", current.size());
    }
}
