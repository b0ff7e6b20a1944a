package org.tomoni.accounts;

import java.util.Optional;

/** Who is signed in on the current request. */
public interface CurrentPerson {

    Optional<Person> signedIn();
}
