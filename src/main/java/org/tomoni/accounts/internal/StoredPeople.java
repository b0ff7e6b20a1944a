package org.tomoni.accounts.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.PersonLookup;
import org.tomoni.messaging.PhoneNumber;

@Component
class StoredPeople implements PersonLookup {

    private final PeopleStore people;

    StoredPeople(PeopleStore people) {
        this.people = people;
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
