package org.tomoni.accounts;

import java.util.Set;

/** A person joined, by sign-up or by accepting an invitation. */
public record PersonSignedUp(PersonId person, Set<Role> roles) {

    public PersonSignedUp {
        roles = Set.copyOf(roles);
    }
}
