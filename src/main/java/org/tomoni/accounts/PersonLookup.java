package org.tomoni.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tomoni.messaging.PhoneNumber;

/**
 * Finds a person for work that no one is signed in for: a text that arrived, a job that runs. Nothing here is
 * shown to a caller; views use {@link People} or {@link CurrentPerson}, which check who asks.
 */
public interface PersonLookup {

    Optional<Person> byId(PersonId id);

    /** Several at once (a wave of volunteers), by id; those who are gone are left out. */
    Map<PersonId, Person> byIds(Collection<PersonId> ids);

    Optional<Person> withPhone(PhoneNumber phone);

    /** The coordinators who look after the area, to be told when a request there needs a person. */
    List<Person> coordinatorsOf(AreaId area);

    /** Every area, for distances between them. */
    List<Area> areas();
}
