package org.tomoni.accounts;

import java.util.Optional;

import org.tomoni.messaging.PhoneNumber;

/**
 * Finds a person for work that no one is signed in for: a text that arrived, a job that runs. Nothing here is
 * shown to a caller; views use {@link People} or {@link CurrentPerson}, which check who asks.
 */
public interface PersonLookup {

    Optional<Person> byId(PersonId id);

    Optional<Person> withPhone(PhoneNumber phone);
}
