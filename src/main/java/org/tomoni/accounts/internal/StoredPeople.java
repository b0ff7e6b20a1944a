package org.tomoni.accounts.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tomoni.accounts.Area;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.PersonLookup;
import org.tomoni.accounts.Role;
import org.tomoni.messaging.PhoneNumber;

@Component
class StoredPeople implements PersonLookup {

    private final PeopleStore people;
    private final Organisations organisations;

    StoredPeople(PeopleStore people, Organisations organisations) {
        this.people = people;
        this.organisations = organisations;
    }

    @Override
    public List<Person> coordinatorsOf(AreaId area) {
        return people.withRoleIn(Role.COORDINATOR, area).stream().map(PersonDocument::toPerson).toList();
    }

    @Override
    public List<Area> areas() {
        return organisations.areas();
    }

    @Override
    public Optional<Person> byId(PersonId id) {
        return people.byId(id).map(PersonDocument::toPerson);
    }

    @Override
    public Optional<Person> withPhone(PhoneNumber phone) {
        return people.byPhone(phone).map(PersonDocument::toPerson);
    }
}
