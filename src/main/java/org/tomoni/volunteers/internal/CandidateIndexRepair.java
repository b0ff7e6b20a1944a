package org.tomoni.volunteers.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.PersonLookup;

/**
 * A store with volunteers but no candidate index (one written before the index existed, or restored without it)
 * gets the index written from the volunteers' documents at start, so matching never silently finds nobody.
 */
@Component
class CandidateIndexRepair {

    private static final Logger log = LoggerFactory.getLogger(CandidateIndexRepair.class);

    private final CandidateIndex index;
    private final VolunteerStore store;
    private final PersonLookup people;
    private volatile boolean checked;

    CandidateIndexRepair(CandidateIndex index, VolunteerStore store, PersonLookup people) {
        this.index = index;
        this.store = store;
        this.people = people;
    }

    /** Tried at start, and again every half minute until the store could be read once (it may be electing). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT30S")
    void repairIfMissing() {
        if (checked) {
            return;
        }
        try {
            repair();
            checked = true;
        } catch (DataAccessException unreachable) {
            log.warn("Could not check the candidate index yet ({}); trying again in 30 seconds",
                    unreachable.getMessage());
        }
    }

    private void repair() {
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
        current.forEach(volunteer -> store.indexedUnder(volunteer.id(), CandidateIndex.entriesFor(volunteer)));
        log.info("Wrote the candidate index for {} volunteers", current.size());
    }
}
