package org.tomoni.volunteers.internal;

import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonDeleted;
import org.tomoni.accounts.PersonLookup;
import org.tomoni.accounts.PersonalDataSection;
import org.tomoni.accounts.Role;
import org.tomoni.accounts.RolesChanged;

/**
 * A volunteer's profile, duty and the coordinators' note about them: part of "download my data" (the note too:
 * it is about them), and gone with their account.
 */
@Component
class VolunteerDataKept implements PersonalDataSection {

    private final VolunteerStore store;
    private final PersonLookup people;

    VolunteerDataKept(VolunteerStore store, PersonLookup people) {
        this.store = store;
        this.people = people;
    }

    @Override
    public String name() {
        return "volunteering";
    }

    @Override
    public Object dataOf(Person person) {
        VolunteerDocument kept = store.byIds(List.of(person.id())).get(person.id().value());
        return kept == null ? Map.of() : kept;
    }

    @EventListener
    void on(PersonDeleted deleted) {
        store.forget(deleted.person());
    }

    /**
     * Someone who is no longer a volunteer is not on duty, so they are not asked if the role comes back later.
     * Approval arrives here too: either way, who may be asked changes.
     */
    @EventListener
    void on(RolesChanged changed) {
        if (!changed.roles().contains(Role.VOLUNTEER)) {
            store.setDuty(changed.person(), false);
        }
        people.byId(changed.person()).ifPresent(store::refreshCandidacy);
    }
}
