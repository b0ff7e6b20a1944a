package org.tomoni.accounts.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
    public Map<PersonId, Person> byIds(Collection<PersonId> ids) {
        return people.byIds(ids).stream().map(PersonDocument::toPerson)
                .collect(Collectors.toMap(Person::id, person -> person));
    }

    @Override
    public Optional<Person> withPhone(PhoneNumber phone) {
        return people.byPhone(phone).map(PersonDocument::toPerson);
    }
}
