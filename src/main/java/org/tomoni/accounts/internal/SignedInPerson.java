package org.tomoni.accounts.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tomoni.accounts.CurrentPerson;
import org.tomoni.accounts.Person;
import org.tomoni.messaging.PhoneDirectory;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.shell.PersonalPreferences;
import org.tomoni.shell.Preferences;

/**
 * Tells the rest of Tomoni who is signed in: other modules through {@link CurrentPerson}, the shell through
 * {@link PersonalPreferences} (so the account's preferences dress every page), and messaging through
 * {@link PhoneDirectory} (so a text from a known number shows its sender's name).
 */
@Component
class SignedInPerson implements CurrentPerson, PersonalPreferences, PhoneDirectory {

    private final Caller caller;
    private final PeopleStore people;

    SignedInPerson(Caller caller, PeopleStore people) {
        this.caller = caller;
        this.people = people;
    }

    @Override
    public Optional<Person> signedIn() {
        return caller.current().map(PersonDocument::toPerson);
    }

    @Override
    public boolean personSignedIn() {
        return caller.current().isPresent();
    }

    @Override
    public Optional<Preferences> saved() {
        return caller.current().map(PersonDocument::preferences);
    }

    @Override
    public void save(Preferences preferences) {
        caller.current().ifPresent(person -> people.savePreferences(new org.tomoni.accounts.PersonId(person.id()),
                preferences));
    }

    @Override
    public Optional<String> personWith(PhoneNumber number) {
        return people.byPhone(number).map(PersonDocument::name);
    }
}
